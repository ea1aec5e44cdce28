package dev.integrations.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * What the benchmark holds the service against: the bytes that the service's GET answered when the
 * benchmark started, sent as they are, with the same headers. No key, no database, no JSON. PUT and
 * PATCH read the request body to its end and answer the same bytes, so that the write figures have
 * a baseline that receives the same bodies.
 *
 * <p>The bytes come from the file that {@code BASELINE_BODY_FILE} names, read once, at the first
 * request: the benchmark writes that file after the service in the same server has answered.
 */
@Path("integration")
@ApplicationScoped
public class BaselineResource {

    @GET
    public Response retrieve() {
        return answer();
    }

    @PUT
    public Response update(InputStream body) {
        return drained(body);
    }

    @PATCH
    public Response patch(InputStream body) {
        return drained(body);
    }

    private static Response drained(InputStream body) {
        try {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return answer();
    }

    private static Response answer() {
        return Response.ok(Body.BYTES, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Initialized at the first request, so the file only has to exist by then. */
    private static final class Body {

        static final byte[] BYTES = read();

        private static byte[] read() {
            String file = System.getenv("BASELINE_BODY_FILE");
            if (file == null || file.isBlank()) {
                throw new IllegalStateException("BASELINE_BODY_FILE names no file");
            }
            try {
                return Files.readAllBytes(Paths.get(file));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }
}
