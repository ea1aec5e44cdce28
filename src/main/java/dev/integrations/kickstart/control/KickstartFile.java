package dev.integrations.kickstart.control;

import static dev.integrations.JsonSupport.BUILDERS;
import static dev.integrations.JsonSupport.PROVIDER;
import static dev.integrations.JsonSupport.READERS;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Kickstart file, parsed, with every variable replaced. */
public record KickstartFile(List<JsonObject> apiKeys, List<Request> requests) {

    /** One of the file's {@code requests[]}. */
    public record Request(String method, String url, String contentType, JsonValue body) {

        /** The path of the URL, without its query. */
        public String path() {
            int query = url.indexOf('?');
            return query < 0 ? url : url.substring(0, query);
        }
    }

    /** A file that cannot be applied at all; the message says why, without any value. */
    public static class Unusable extends RuntimeException {
        Unusable(String message) {
            super(message);
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("#\\{([^}]*)}");

    /**
     * Parses {@code text}, replacing {@code #{name}} with the file's variable and {@code
     * #{ENV.NAME}} with what {@code environment} holds for it, in every string of the file.
     */
    public static KickstartFile parse(String text, Function<String, Optional<String>> environment) {
        JsonObject root;
        try (var reader = READERS.createReader(new StringReader(text))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            throw new Unusable("it is not a JSON object");
        }

        Map<String, String> variables = new HashMap<>();
        Function<String, String> lookUp =
                name -> {
                    if (name.startsWith("ENV.")) {
                        return environment
                                .apply(name.substring(4))
                                .orElseThrow(
                                        () ->
                                                new Unusable(
                                                        "the environment variable "
                                                                + name.substring(4)
                                                                + " is not set"));
                    }
                    String value = variables.get(name);
                    if (value == null) {
                        throw new Unusable("it names the undefined variable #{" + name + "}");
                    }
                    return value;
                };
        JsonObject declared = objectOr(root, "variables");
        declared.forEach(
                (name, value) -> {
                    if (!(value instanceof JsonString string)) {
                        throw new Unusable("the variable " + name + " is not a string");
                    }
                    variables.put(name, substitute(string.getString(), lookUp));
                });

        List<JsonObject> apiKeys =
                arrayOr(root, "apiKeys").stream()
                        .map(key -> requireObject(replaceAll(key, lookUp), "apiKeys[]"))
                        .toList();
        List<Request> requests =
                arrayOr(root, "requests").stream()
                        .map(request -> requireObject(replaceAll(request, lookUp), "requests[]"))
                        .map(KickstartFile::request)
                        .toList();
        return new KickstartFile(apiKeys, requests);
    }

    private static Request request(JsonObject request) {
        if (!(request.get("url") instanceof JsonString url)) {
            throw new Unusable("a request has no url");
        }
        String method = request.getString("method", "POST").toUpperCase(Locale.ROOT);
        String contentType = request.getString("contentType", "application/json");
        return new Request(
                method, url.getString(), contentType, request.getOrDefault("body", JsonValue.NULL));
    }

    private static JsonValue replaceAll(JsonValue value, Function<String, String> lookUp) {
        if (value instanceof JsonString string) {
            return PROVIDER.createValue(substitute(string.getString(), lookUp));
        }
        if (value instanceof JsonObject object) {
            JsonObjectBuilder replaced = BUILDERS.createObjectBuilder();
            object.forEach((name, member) -> replaced.add(name, replaceAll(member, lookUp)));
            return replaced.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder replaced = BUILDERS.createArrayBuilder();
            array.forEach(element -> replaced.add(replaceAll(element, lookUp)));
            return replaced.build();
        }
        return value;
    }

    private static String substitute(String text, Function<String, String> lookUp) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder replaced = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(
                    replaced, Matcher.quoteReplacement(lookUp.apply(variable.group(1).trim())));
        }
        return variable.appendTail(replaced).toString();
    }

    private static JsonObject objectOr(JsonObject root, String name) {
        JsonValue value = root.getOrDefault(name, JsonValue.EMPTY_JSON_OBJECT);
        return requireObject(value, name);
    }

    private static JsonArray arrayOr(JsonObject root, String name) {
        JsonValue value = root.getOrDefault(name, JsonValue.EMPTY_JSON_ARRAY);
        if (!(value instanceof JsonArray array)) {
            throw new Unusable(name + " is not an array");
        }
        return array;
    }

    private static JsonObject requireObject(JsonValue value, String name) {
        if (!(value instanceof JsonObject object)) {
            throw new Unusable(name + " is not an object");
        }
        return object;
    }
}
