package dev.integrations;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The JAX-RS application: every API endpoint lives under {@code /api}. */
@ApplicationPath("api")
public class IntegrationsApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // An empty 401 or 500 must stay empty: without this, the servlet container
        // replaces it with its HTML error page.
        // Jersey would copy every answer into a buffer of 8 KB, made for each request, to learn
        // its length; ContentLengthFilter names the length of the bytes answered instead.
        return Map.of(
                "jersey.config.server.response.setStatusOverSendError",
                true,
                "jersey.config.server.contentLength.buffer",
                0);
    }
}
