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
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
