package dev.integrations.http.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Treats {@code POST} with {@code X-HTTP-Method-Override} (or {@code X-Method-Override}) as the
 * method the header names: the official Java client sends PATCH that way. It runs before
 * authentication, so that permissions are checked against the method that is really performed.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class MethodOverrideFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        String override = request.getHeaderString("X-HTTP-Method-Override");
        if (override == null) {
            override = request.getHeaderString("X-Method-Override");
        }
        if (override != null && !override.isBlank()) {
            request.setMethod(override.trim().toUpperCase(Locale.ROOT));
        }
    }
}
