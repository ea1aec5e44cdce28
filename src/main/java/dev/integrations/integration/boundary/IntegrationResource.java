package dev.integrations.integration.boundary;

import dev.integrations.JsonSupport;
import dev.integrations.http.boundary.EntityTags;
import dev.integrations.http.boundary.RequestBody;
import dev.integrations.http.boundary.RequestBody.Format;
import dev.integrations.integration.control.IntegrationService;
import dev.integrations.integration.control.IntegrationService.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * {@code /api/integration}: retrieve, replace and patch the integrations document. Bodies are read
 * as bytes, so that every bad body, whatever its Content-Type, is answered here with the Errors
 * document.
 */
@Path("integration")
@ApplicationScoped
public class IntegrationResource {

    @Inject IntegrationService integrations;

    @GET
    public Response retrieve() {
        return document(integrations.current());
    }

    @PUT
    public Response update(
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        RequestBody.format(contentType, Format.JSON);
        return document(integrations.replace(EntityTags.ifMatch(ifMatch), RequestBody.json(body)));
    }

    @PATCH
    public Response patch(
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        Format format = RequestBody.format(contentType, Format.values());
        return document(
                integrations.patch(EntityTags.ifMatch(ifMatch), format, RequestBody.json(body)));
    }

    private static Response document(Versioned stored) {
        return Response.ok(
                        JsonSupport.bytes(IntegrationsJson.write(stored.document())),
                        MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.ETAG, EntityTags.of(stored.version()))
                .build();
    }
}
