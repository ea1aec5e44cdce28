package dev.integrations.http.control;

import static dev.integrations.JsonSupport.BUILDERS;
import static dev.integrations.JsonSupport.PROVIDER;

import dev.integrations.http.boundary.Errors;
import dev.integrations.http.boundary.ErrorsException;
import dev.integrations.http.boundary.RequestBody.Format;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * Applies a PATCH body to the JSON of a stored document, in one of the three formats. The result is
 * a new JSON value for the caller to check exactly like a PUT body.
 */
public final class JsonPatches {

    private JsonPatches() {}

    public static JsonValue apply(Format format, JsonObject target, JsonValue patch) {
        return switch (format) {
            case JSON -> fusionAuthMerge(target, requireObject(patch));
            case MERGE_PATCH -> PROVIDER.createMergePatch(patch).apply(target);
            case JSON_PATCH -> jsonPatch(target, patch);
        };
    }

    /**
     * FusionAuth's PATCH with {@code application/json}: the members the patch names replace the
     * stored ones, {@code null} removes a member, and, unlike RFC 7396, an array is appended to the
     * stored array rather than replacing it.
     */
    static JsonValue fusionAuthMerge(JsonValue target, JsonValue patch) {
        if (patch instanceof JsonObject changes) {
            JsonObject base =
                    target instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
            JsonObjectBuilder merged = BUILDERS.createObjectBuilder(base);
            changes.forEach(
                    (name, value) -> {
                        if (value == JsonValue.NULL) {
                            merged.remove(name);
                        } else {
                            merged.add(name, fusionAuthMerge(base.get(name), value));
                        }
                    });
            return merged.build();
        }
        if (patch instanceof JsonArray additions && target instanceof JsonArray stored) {
            JsonArrayBuilder appended = BUILDERS.createArrayBuilder(stored);
            additions.forEach(appended::add);
            return appended.build();
        }
        return patch;
    }

    /**
     * RFC 6902, applied one operation at a time so that a failing {@code test} can be told from an
     * operation that cannot be applied.
     */
    private static JsonValue jsonPatch(JsonObject target, JsonValue patch) {
        if (!(patch instanceof JsonArray operations)) {
            throw invalid("A JSON Patch must be a JSON array of operations.");
        }
        JsonStructure document = target;
        for (JsonValue operation : operations) {
            if (!(operation instanceof JsonObject op)) {
                throw invalid("Every JSON Patch operation must be a JSON object.");
            }
            boolean isTest =
                    op.get("op") instanceof JsonString name && "test".equals(name.getString());
            try {
                document =
                        PROVIDER.createPatch(BUILDERS.createArrayBuilder().add(op).build())
                                .apply(document);
            } catch (RuntimeException failed) {
                // Every failure here comes from the client's patch: an unknown op, a member
                // missing from the operation, a path that does not exist, or a failed test.
                if (isTest && op.containsKey("path") && op.containsKey("value")) {
                    throw new ErrorsException(
                            400,
                            Errors.general(
                                    "[JSONPatchTestFailed]",
                                    "The test operation at ["
                                            + text(op.get("path"))
                                            + "] failed: the document holds another value."));
                }
                throw invalid(
                        "The JSON Patch operation ["
                                + text(op.get("op"))
                                + "] on ["
                                + text(op.get("path"))
                                + "] cannot be applied to the document.");
            }
        }
        return document;
    }

    private static JsonObject requireObject(JsonValue patch) {
        if (patch instanceof JsonObject object) {
            return object;
        }
        throw invalid("The request body must be a JSON object.");
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : String.valueOf(value);
    }

    private static ErrorsException invalid(String message) {
        return new ErrorsException(400, Errors.general("[invalidJSON]", message));
    }
}
