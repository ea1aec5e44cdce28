package dev.integrations.apikey.boundary;

import dev.integrations.apikey.control.Authentication;
import dev.integrations.apikey.control.Authentication.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Lets a request through only with a stored, unexpired key that may call the endpoint with the
 * request's method, and, for the API Key API, is a key manager; anything else is 401 with an empty
 * body. The API takes global keys only, so a tenant header is refused too. The checked caller, with
 * the version of the integrations document read with its key, is left on the request for the
 * resource that answers ({@link #caller}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    static final String TENANT_HEADER = "X-FusionAuth-TenantId";

    private static final String CALLER = ApiKeyFilter.class.getName() + ".caller";

    private static final String KEY_API = "/api/api-key";

    @Inject Authentication authentication;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getPath();
        Optional<Caller> caller =
                request.getHeaderString(TENANT_HEADER) == null
                        ? authentication.caller(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                        : Optional.empty();
        boolean allowed =
                caller.map(Caller::key)
                        .filter(key -> key.permits(path, request.getMethod()))
                        .filter(key -> key.keyManager() || !isKeyApi(path))
                        .isPresent();
        if (!allowed) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        request.setProperty(CALLER, caller.get());
    }

    /** The caller of a request that this filter let through. */
    public static Caller caller(ContainerRequestContext request) {
        return (Caller) request.getProperty(CALLER);
    }

    private static boolean isKeyApi(String path) {
        return path.equals(KEY_API) || path.startsWith(KEY_API + "/");
    }
}
