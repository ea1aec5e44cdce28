package dev.integrations.http.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads typed members of one JSON object of a request, on the way in: strings are trimmed and an
 * empty string counts as absent, {@code null} counts as absent, and a value of the wrong type is
 * recorded as {@code [invalidJSON]} at its path instead of stopping the read, so that every problem
 * of a request is reported at once. Members it is not asked for are ignored.
 */
public final class FieldReader {

    private static final Pattern UUID_TEXT =
            Pattern.compile(
                    "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final JsonObject object;
    private final String path;
    private final Errors errors;

    private FieldReader(JsonObject object, String path, Errors errors) {
        this.object = object;
        this.path = path;
        this.errors = errors;
    }

    /**
     * A reader of the member {@code name} of the request body {@code body}; empty when the member
     * is absent or not an object, which is recorded in {@code errors}.
     */
    public static Optional<FieldReader> envelope(JsonValue body, String name, Errors errors) {
        if (!(body instanceof JsonObject root)) {
            errors.generalError("[invalidJSON]", "The request body must be a JSON object.");
            return Optional.empty();
        }
        FieldReader top = new FieldReader(root, "", errors);
        if (top.absent(name)) {
            errors.field(
                    "missing",
                    name,
                    "You must specify the [" + name + "] property in the request body.");
            return Optional.empty();
        }
        return top.object(name);
    }

    /** The nested object {@code name}; empty when it is absent or of the wrong type. */
    public Optional<FieldReader> object(String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonObject nested) {
            return Optional.of(new FieldReader(nested, pathOf(name), errors));
        }
        if (value != null && value != JsonValue.NULL) {
            wrongType(name, "an object");
        }
        return Optional.empty();
    }

    public boolean bool(String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        wrongType(name, "a boolean");
        return false;
    }

    /** A boolean that may be absent, for a member whose absence means "unchanged". */
    public Optional<Boolean> optionalBool(String name) {
        JsonValue value = object.get(name);
        return value == null || value == JsonValue.NULL
                ? Optional.empty()
                : Optional.of(bool(name));
    }

    public Optional<String> string(String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonString text) {
            return nonEmpty(text.getString());
        }
        if (value != null && value != JsonValue.NULL) {
            wrongType(name, "a string");
        }
        return Optional.empty();
    }

    public Optional<UUID> uuid(String name) {
        return string(name)
                .flatMap(
                        text -> {
                            Optional<UUID> uuid = parseUuid(text);
                            if (uuid.isEmpty()) {
                                wrongType(name, "a UUID");
                            }
                            return uuid;
                        });
    }

    /** The UUID that {@code text} is in its canonical form, which {@link UUID} does not check. */
    public static Optional<UUID> parseUuid(String text) {
        return UUID_TEXT.matcher(text).matches()
                ? Optional.of(UUID.fromString(text))
                : Optional.empty();
    }

    /** A URI; whether it must be absolute is for the caller's rules to say. */
    public Optional<URI> uri(String name) {
        return string(name)
                .flatMap(
                        text -> {
                            try {
                                return Optional.of(new URI(text));
                            } catch (URISyntaxException malformed) {
                                wrongType(name, "a URL");
                                return Optional.empty();
                            }
                        });
    }

    /** An object of strings; keys and values are trimmed, entries with an empty value dropped. */
    public Map<String, String> stringMap(String name) {
        Map<String, String> map = new LinkedHashMap<>();
        object(name)
                .ifPresent(
                        nested ->
                                nested.object.keySet().stream()
                                        .filter(key -> !key.isBlank())
                                        .forEach(
                                                key ->
                                                        nested.string(key)
                                                                .ifPresent(
                                                                        v ->
                                                                                map.put(
                                                                                        key.trim(),
                                                                                        v))));
        return map;
    }

    /** An integral number, such as FusionAuth's instants in epoch milliseconds. */
    public Optional<Long> epochMillis(String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return Optional.of(number.longValueExact());
            } catch (ArithmeticException tooLarge) {
                // reported below
            }
        }
        if (value != null && value != JsonValue.NULL) {
            wrongType(name, "a number of milliseconds since 1970");
        }
        return Optional.empty();
    }

    /**
     * An object whose members are arrays of strings, such as {@code permissions.endpoints}; strings
     * are trimmed and empty ones dropped, members of the wrong type left out.
     */
    public Map<String, Set<String>> stringSetMap(String name) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        object(name)
                .ifPresent(
                        nested ->
                                nested.object.forEach(
                                        (key, value) ->
                                                nested.stringSet(key, value)
                                                        .ifPresent(
                                                                strings ->
                                                                        map.put(
                                                                                key.trim(),
                                                                                strings))));
        return map;
    }

    private Optional<Set<String>> stringSet(String name, JsonValue value) {
        if (!(value instanceof JsonArray array)
                || !array.stream().allMatch(element -> element instanceof JsonString)) {
            wrongType(name, "an array of strings");
            return Optional.empty();
        }
        Set<String> strings = new LinkedHashSet<>();
        array.getValuesAs(JsonString.class)
                .forEach(text -> nonEmpty(text.getString()).ifPresent(strings::add));
        return Optional.of(strings);
    }

    /** The path of member {@code name}, as field errors name it. */
    public String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private boolean absent(String name) {
        JsonValue value = object.get(name);
        return value == null || value == JsonValue.NULL;
    }

    private void wrongType(String name, String expected) {
        errors.field(
                "invalidJSON",
                pathOf(name),
                "The [" + pathOf(name) + "] property must be " + expected + ".");
    }

    private static Optional<String> nonEmpty(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }
}
