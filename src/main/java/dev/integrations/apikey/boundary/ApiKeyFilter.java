package dev.integrations.apikey.boundary;

import dev.integrations.apikey.control.ApiKeyStore;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets a request through only with a stored, unexpired key that may call the endpoint with the
 * request's method; anything else is 401 with an empty body. The API takes global keys only, so a
 * tenant header is refused too.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    static final String TENANT_HEADER = "X-FusionAuth-TenantId";

    @Inject ApiKeyStore keys;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getPath();
        boolean allowed =
                request.getHeaderString(TENANT_HEADER) == null
                        && keys.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                                .filter(key -> key.permits(path, request.getMethod()))
                                .isPresent();
        if (!allowed) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
        }
    }
}
