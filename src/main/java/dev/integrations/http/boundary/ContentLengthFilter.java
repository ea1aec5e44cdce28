package dev.integrations.http.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Sends every answer of bytes with its length, as FusionAuth does, rather than in chunks. Every
 * body here is rendered to bytes before it is answered, so the length is known; Jersey's own way to
 * learn it, a copy of each answer into a fresh buffer of 8 KB, is turned off in the application.
 */
@Provider
public class ContentLengthFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof byte[] body) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, body.length);
        }
    }
}
