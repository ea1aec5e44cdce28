package dev.integrations.http.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.integrations.TestJson;
import dev.integrations.http.boundary.RequestBody.Format;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

    private static String rejection(Runnable read) {
        return assertThrows(ErrorsException.class, read::run).getMessage();
    }

    private static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFormatIsChosenByMediaTypeIgnoringCaseAndParameters() {
        assertEquals(
                Format.JSON,
                RequestBody.format("Application/JSON; charset=UTF-8", Format.values()));
        assertEquals(
                Format.MERGE_PATCH,
                RequestBody.format("application/merge-patch+json", Format.values()));
        assertEquals(
                Format.JSON_PATCH,
                RequestBody.format("application/json-patch+json", Format.values()));
    }

    @Test
    void contentTypeProblemsHaveTheirOwnCodes() {
        assertEquals(
                "[MissingContentType]", rejection(() -> RequestBody.format(null, Format.JSON)));
        assertEquals("[MissingContentType]", rejection(() -> RequestBody.format(" ", Format.JSON)));
        assertEquals(
                "[InvalidContentType]", rejection(() -> RequestBody.format("json", Format.JSON)));
        assertEquals(
                "[UnsupportedContentType]",
                rejection(() -> RequestBody.format("text/plain", Format.JSON)));
        assertEquals(
                "[UnsupportedContentType]",
                rejection(() -> RequestBody.format("application/json-patch+json", Format.JSON)));
    }

    @Test
    void readsOneJsonValue() {
        assertEquals(TestJson.json("{'a': [1]}"), RequestBody.json(body("{\"a\": [1]}")));
    }

    @Test
    void readsUtf8AndSkipsAByteOrderMark() {
        assertEquals(
                TestJson.json("{'name': 'Zoë 名前'}"),
                RequestBody.json(body("\uFEFF{\"name\": \"Zoë 名前\"}")));
    }

    @Test
    void textThatIsNotExactlyOneJsonValueIsInvalidJson() {
        for (String text :
                new String[] {"", "   ", "hello", "{\"a\": }", "{} {}", "{\"a\": 1} x", "[1,"}) {
            assertEquals("[invalidJSON]", rejection(() -> RequestBody.json(body(text))), text);
        }
    }

    @Test
    void deepNestingIsRejectedBeforeParsing() {
        String deep = "[".repeat(65) + "]".repeat(65);
        String deepest = "[".repeat(64) + "]".repeat(64);

        assertEquals("[invalidJSON]", rejection(() -> RequestBody.json(body(deep))));
        assertEquals(64, RequestBody.nestingDepth(deepest.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bracketsInsideStringsDoNotCountAsNesting() {
        String text = "{\"a\": \"[[[[{{{{\\\"[[[\"}";

        assertEquals(1, RequestBody.nestingDepth(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        String big = "\"" + "a".repeat(RequestBody.MAX_BYTES) + "\"";

        ErrorsException rejected =
                assertThrows(ErrorsException.class, () -> RequestBody.json(body(big)));
        assertEquals(413, rejected.status());
        assertEquals("[TooLarge]", rejected.getMessage());
    }
}
