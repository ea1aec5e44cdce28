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
        // Every answer is bytes of known length, which Jersey sends as they are: its copy of each
        // answer into a buffer of its own, to learn the length, would cost 8 KB per request.
        return Map.of(
                "jersey.config.server.response.setStatusOverSendError",
                true,
                "jersey.config.server.contentLength.buffer",
                0);
    }
}
