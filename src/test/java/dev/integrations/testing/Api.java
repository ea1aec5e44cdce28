package dev.integrations.testing;

import dev.integrations.TestJson;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/** A plain HTTP client of the API, as curl would call it. */
public final class Api {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String key;

    public Api(URI base, String key) {
        this.base = base;
        this.key = key;
    }

    public URI base() {
        return base;
    }

    public HttpResponse<String> get() {
        return send(request("api/integration").GET());
    }

    public JsonObject document() {
        HttpResponse<String> response = get();
        if (response.statusCode() != 200) {
            throw new AssertionError("GET answered " + response.statusCode());
        }
        return TestJson.json(response.body()).asJsonObject();
    }

    public HttpResponse<String> put(String contentType, String body) {
        return send(
                request("api/integration").header("Content-Type", contentType).PUT(publish(body)));
    }

    public HttpResponse<String> put(String body) {
        return put("application/json", body);
    }

    public HttpResponse<String> patch(String contentType, String body) {
        return send(
                request("api/integration")
                        .header("Content-Type", contentType)
                        .method("PATCH", publish(body)));
    }

    /** A request to {@code path} that carries this client's key. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        return key == null ? request : request.header("Authorization", key);
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Test bodies are written with single quotes; this turns them into JSON. */
    private static HttpRequest.BodyPublisher publish(String singleQuoted) {
        return BodyPublishers.ofString(singleQuoted.replace('\'', '"'));
    }
}
