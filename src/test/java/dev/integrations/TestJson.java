package dev.integrations;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** JSON for tests, written with single quotes so that it reads well inside Java strings. */
public final class TestJson {

    private TestJson() {}

    /** Every code of an Errors document, field errors first, in the document's order. */
    public static List<String> errorCodes(String errorsDocument) {
        JsonObject errors = json(errorsDocument).asJsonObject();
        List<String> codes = new ArrayList<>();
        errors.getJsonObject("fieldErrors")
                .values()
                .forEach(
                        list ->
                                list.asJsonArray()
                                        .forEach(
                                                e ->
                                                        codes.add(
                                                                e.asJsonObject()
                                                                        .getString("code"))));
        errors.getJsonArray("generalErrors")
                .forEach(e -> codes.add(e.asJsonObject().getString("code")));
        return codes;
    }

    public static JsonValue json(String singleQuoted) {
        try (var reader =
                JsonSupport.READERS.createReader(
                        new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readValue();
        }
    }
}
