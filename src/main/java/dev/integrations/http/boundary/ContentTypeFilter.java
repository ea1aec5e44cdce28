package dev.integrations.http.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a malformed {@code Content-Type}, which {@link MalformedContentTypeFilter} set aside,
 * with {@code [InvalidContentType]}. It runs after authentication, so that a caller without a key
 * learns nothing but 401.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class ContentTypeFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Object malformed = request.getProperty(MalformedContentTypeFilter.MALFORMED);
        if (malformed != null) {
            RequestBody.mediaType(malformed.toString());
        }
    }
}
