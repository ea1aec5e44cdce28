package dev.integrations.integration.boundary;

import dev.integrations.JsonSupport;
import dev.integrations.apikey.boundary.ApiKeyFilter;
import dev.integrations.http.boundary.EntityTags;
import dev.integrations.http.boundary.RequestBody;
import dev.integrations.http.boundary.RequestBody.Format;
import dev.integrations.integration.control.IntegrationChanges;
import dev.integrations.integration.control.IntegrationService;
import dev.integrations.integration.control.IntegrationService.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code /api/integration}: retrieve, replace and patch the integrations document. Bodies are read
 * as bytes, so that every bad body, whatever its Content-Type, is answered here with the Errors
 * document.
 */
@Path("integration")
@ApplicationScoped
public class IntegrationResource {

    /** A rendered answer and the version of the document it shows. */
    private record Rendered(long version, byte[] body) {}

    @Inject IntegrationService integrations;

    @Inject IntegrationChanges changes;

    private final AtomicReference<Rendered> lastRendered =
            new AtomicReference<>(new Rendered(-1, new byte[0]));

    /**
     * Renders the document again only when the stored version, which the key filter read with the
     * key for this very request, differs from the one rendered last: a change here or on any other
     * instance is seen by the next GET.
     */
    @GET
    public Response retrieve(@Context ContainerRequestContext request) {
        long stored = ApiKeyFilter.caller(request).documentVersion();
        Rendered rendered = lastRendered.get();
        if (rendered.version() != stored) {
            rendered = render(integrations.current());
            lastRendered.set(rendered);
        }
        return answer(rendered);
    }

    @PUT
    public Response update(
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        RequestBody.format(contentType, Format.JSON);
        return document(changes.replace(EntityTags.ifMatch(ifMatch), RequestBody.json(body)));
    }

    @PATCH
    public Response patch(
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        Format format = RequestBody.format(contentType, Format.values());
        return document(changes.patch(EntityTags.ifMatch(ifMatch), format, RequestBody.json(body)));
    }

    /**
     * The answer to a change; only reads fill the cache, so it never holds an uncommitted version.
     */
    private static Response document(Versioned stored) {
        return answer(render(stored));
    }

    private static Rendered render(Versioned stored) {
        return new Rendered(
                stored.version(), JsonSupport.bytes(IntegrationsJson.write(stored.document())));
    }

    private static Response answer(Rendered rendered) {
        return Response.ok(rendered.body(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.ETAG, EntityTags.of(rendered.version()))
                .build();
    }
}
