package dev.integrations.http.boundary;

import static dev.integrations.JsonSupport.PARSERS;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads a request body: its format from {@code Content-Type}, then the JSON itself, within the
 * limits that keep a hostile body from costing more than a normal one.
 */
public final class RequestBody {

    /** The largest body accepted, in bytes. */
    public static final int MAX_BYTES = 1 << 20;

    /** The deepest nesting of arrays and objects accepted. */
    public static final int MAX_DEPTH = 64;

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** The body formats of the API, by their media type. */
    public enum Format {
        /** A whole document; for PATCH, FusionAuth's merge of that shape. */
        JSON("application/json"),
        /** RFC 7396 JSON Merge Patch. */
        MERGE_PATCH("application/merge-patch+json"),
        /** RFC 6902 JSON Patch. */
        JSON_PATCH("application/json-patch+json");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        static Optional<Format> of(MediaType type) {
            String name = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> f.mediaType.equals(name)).findFirst();
        }
    }

    private RequestBody() {}

    /**
     * The format that {@code contentType} names, when it is one of {@code accepted}; otherwise a
     * 400 with {@code [MissingContentType]}, {@code [InvalidContentType]} or {@code
     * [UnsupportedContentType]}.
     */
    public static Format format(String contentType, Format... accepted) {
        if (contentType == null || contentType.isBlank()) {
            throw rejection(
                    "[MissingContentType]",
                    "The request has a body but no Content-Type header. Send application/json.");
        }
        MediaType type = mediaType(contentType);
        return Format.of(type)
                .filter(format -> Arrays.asList(accepted).contains(format))
                .orElseThrow(() -> unsupported(type, accepted));
    }

    private static ErrorsException unsupported(MediaType type, Format... accepted) {
        String supported =
                String.join(" or ", Arrays.stream(accepted).map(Format::mediaType).toList());
        return rejection(
                "[UnsupportedContentType]",
                "The Content-Type ["
                        + type.getType()
                        + "/"
                        + type.getSubtype()
                        + "] is not supported here. Use "
                        + supported
                        + ".");
    }

    /** The media type that a Content-Type header names; 400 with [InvalidContentType] if none. */
    public static MediaType mediaType(String contentType) {
        try {
            return MediaType.valueOf(contentType.trim());
        } catch (IllegalArgumentException malformed) {
            throw rejection(
                    "[InvalidContentType]", "The Content-Type header is not a valid media type.");
        }
    }

    /** Parses the body as one JSON value; anything else is a 4xx with the Errors document. */
    public static JsonValue json(InputStream body) {
        byte[] bytes = readAtMost(body, MAX_BYTES);
        if (nestingDepth(bytes) > MAX_DEPTH) {
            throw rejection(
                    "[invalidJSON]",
                    "The request body nests arrays and objects deeper than "
                            + MAX_DEPTH
                            + " levels.");
        }
        // JSON between systems is UTF-8 (RFC 8259); decoded here, because a parser on a byte
        // stream makes a decoder with a buffer of 8 KB for each body of a few hundred bytes.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(BYTE_ORDER_MARK.length());
        }
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (parser.hasNext()) {
                parser.next();
                JsonValue value = parser.getValue();
                if (!parser.hasNext()) {
                    return value;
                }
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException notJson) {
            // answered below, like a body that is empty or has more than one value
        }
        throw rejection(
                "[invalidJSON]", "The request body is not valid JSON. Check it for syntax errors.");
    }

    private static byte[] readAtMost(InputStream body, int limit) {
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        byte[] buffer = new byte[1024];
        try {
            for (int read; (read = body.read(buffer)) != -1; ) {
                if (out.size() + read > limit) {
                    throw new ErrorsException(
                            413,
                            Errors.general(
                                    "[TooLarge]",
                                    "The request body is larger than " + limit + " bytes."));
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return out.toByteArray();
    }

    /**
     * The deepest nesting of brackets and braces outside strings. Parsers build nested values
     * recursively, so this is checked before parsing.
     */
    static int nestingDepth(byte[] json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return deepest;
    }

    private static ErrorsException rejection(String code, String message) {
        return new ErrorsException(400, Errors.general(code, message));
    }
}
