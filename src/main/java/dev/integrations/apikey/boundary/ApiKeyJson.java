package dev.integrations.apikey.boundary;

import static dev.integrations.JsonSupport.BUILDERS;

import dev.integrations.http.boundary.Errors;
import dev.integrations.http.boundary.FieldReader;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;

/** The JSON of an API key, both ways, with FusionAuth's member names. */
public final class ApiKeyJson {

    public static final String ENVELOPE = "apiKey";

    private ApiKeyJson() {}

    /** The key in {@code body}; every type error is added to {@code errors}. */
    public static ApiKeyDocument read(JsonValue body, Errors errors) {
        return FieldReader.envelope(body, ENVELOPE, errors)
                .map(ApiKeyJson::read)
                .orElseGet(
                        () ->
                                new ApiKeyDocument(
                                        null, null, null, Map.of(), null, null, null, null, null));
    }

    private static ApiKeyDocument read(FieldReader apiKey) {
        return new ApiKeyDocument(
                apiKey.uuid("id").orElse(null),
                apiKey.string("key").orElse(null),
                apiKey.optionalBool("keyManager").orElse(null),
                apiKey.object("permissions").map(p -> p.stringSetMap("endpoints")).orElse(Map.of()),
                apiKey.object("metaData")
                        .flatMap(metaData -> metaData.object("attributes"))
                        .flatMap(attributes -> attributes.string("description"))
                        .orElse(null),
                apiKey.string("name").orElse(null),
                apiKey.epochMillis("expirationInstant").orElse(null),
                null,
                null);
    }

    /** The key inside its envelope; the key value only when the document carries it. */
    public static JsonObject write(ApiKeyDocument document) {
        JsonObjectBuilder json = BUILDERS.createObjectBuilder();
        json.add("id", document.id().toString());
        Optional.ofNullable(document.key()).ifPresent(key -> json.add("key", key));
        json.add("keyManager", document.keyManager());
        JsonObjectBuilder endpoints = BUILDERS.createObjectBuilder();
        document.endpoints()
                .forEach(
                        (endpoint, methods) -> {
                            JsonArrayBuilder array = BUILDERS.createArrayBuilder();
                            methods.forEach(array::add);
                            endpoints.add(endpoint, array);
                        });
        json.add("permissions", BUILDERS.createObjectBuilder().add("endpoints", endpoints));
        JsonObjectBuilder attributes = BUILDERS.createObjectBuilder();
        Optional.ofNullable(document.description())
                .ifPresent(d -> attributes.add("description", d));
        json.add("metaData", BUILDERS.createObjectBuilder().add("attributes", attributes));
        Optional.ofNullable(document.name()).ifPresent(name -> json.add("name", name));
        Optional.ofNullable(document.expirationInstant())
                .ifPresent(at -> json.add("expirationInstant", at));
        Optional.ofNullable(document.insertInstant())
                .ifPresent(at -> json.add("insertInstant", at));
        Optional.ofNullable(document.lastUpdateInstant())
                .ifPresent(at -> json.add("lastUpdateInstant", at));
        return BUILDERS.createObjectBuilder().add(ENVELOPE, json).build();
    }
}
