package dev.integrations.http.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a malformed {@code Content-Type} with {@code [InvalidContentType]}. JAX-RS parses the
 * header while it selects the resource method and would otherwise answer with a bare 400. It runs
 * after authentication, so that a caller without a key learns nothing but 401.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class ContentTypeFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.isBlank()) {
            RequestBody.mediaType(contentType);
        }
    }
}
