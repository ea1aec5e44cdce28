package dev.integrations;

import jakarta.json.JsonValue;
import java.io.StringReader;

/** JSON for tests, written with single quotes so that it reads well inside Java strings. */
public final class TestJson {

    private TestJson() {}

    public static JsonValue json(String singleQuoted) {
        try (var reader =
                JsonSupport.READERS.createReader(
                        new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readValue();
        }
    }
}
