package dev.integrations.http.boundary;

import static dev.integrations.JsonSupport.BUILDERS;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FusionAuth's Errors document, collected while a request is checked so that every problem of one
 * request is reported at once.
 */
public final class Errors {

    /** One error: a code such as {@code [missing]integrations.kafka.defaultTopic} and a text. */
    public record Entry(String code, String message) {}

    private final Map<String, List<Entry>> fieldErrors = new LinkedHashMap<>();
    private final List<Entry> generalErrors = new ArrayList<>();

    public static Errors general(String code, String message) {
        Errors errors = new Errors();
        errors.generalErrors.add(new Entry(code, message));
        return errors;
    }

    /** Adds the error {@code [rule]path} to the field at {@code path}. */
    public Errors field(String rule, String path, String message) {
        fieldErrors
                .computeIfAbsent(path, p -> new ArrayList<>())
                .add(new Entry("[" + rule + "]" + path, message));
        return this;
    }

    public Errors generalError(String code, String message) {
        generalErrors.add(new Entry(code, message));
        return this;
    }

    public boolean isEmpty() {
        return fieldErrors.isEmpty() && generalErrors.isEmpty();
    }

    /** Rejects the request with status 400 when any error was collected. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new ErrorsException(400, this);
        }
    }

    public Map<String, List<Entry>> fieldErrors() {
        return fieldErrors;
    }

    public List<Entry> generalErrors() {
        return generalErrors;
    }

    public JsonObject toJson() {
        JsonObjectBuilder fields = BUILDERS.createObjectBuilder();
        fieldErrors.forEach((path, entries) -> fields.add(path, array(entries)));
        return BUILDERS.createObjectBuilder()
                .add("fieldErrors", fields)
                .add("generalErrors", array(generalErrors))
                .build();
    }

    private static JsonArrayBuilder array(List<Entry> entries) {
        JsonArrayBuilder array = BUILDERS.createArrayBuilder();
        entries.forEach(
                entry ->
                        array.add(
                                BUILDERS.createObjectBuilder()
                                        .add("code", entry.code())
                                        .add("message", entry.message())));
        return array;
    }

    /** The codes alone, for a log line: they name fields and rules, never values. */
    @Override
    public String toString() {
        List<String> codes = new ArrayList<>();
        fieldErrors.values().forEach(entries -> entries.forEach(e -> codes.add(e.code())));
        generalErrors.forEach(e -> codes.add(e.code()));
        return String.join(", ", codes);
    }
}
