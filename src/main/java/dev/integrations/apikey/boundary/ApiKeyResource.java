package dev.integrations.apikey.boundary;

import dev.integrations.JsonSupport;
import dev.integrations.apikey.control.ApiKeyStore;
import dev.integrations.apikey.entity.ApiKey;
import dev.integrations.http.boundary.Errors;
import dev.integrations.http.boundary.ErrorsException;
import dev.integrations.http.boundary.FieldReader;
import dev.integrations.http.boundary.RequestBody;
import dev.integrations.http.boundary.RequestBody.Format;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /api/api-key}, FusionAuth's API Key API, for key managers only: create, retrieve, update,
 * patch and delete keys. The key value is in the answer to a create, and nowhere after.
 */
@Path("api-key")
@ApplicationScoped
public class ApiKeyResource {

    @Inject ApiKeyStore keys;

    @POST
    public Response create(
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body,
            @Context ContainerRequestContext request) {
        RequestBody.format(contentType, Format.JSON);
        return document(keys.create(grantor(request), Optional.empty(), RequestBody.json(body)));
    }

    @POST
    @Path("{id}")
    public Response createWithId(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body,
            @Context ContainerRequestContext request) {
        UUID chosen = uuid(id);
        RequestBody.format(contentType, Format.JSON);
        return document(keys.create(grantor(request), Optional.of(chosen), RequestBody.json(body)));
    }

    @GET
    @Path("{id}")
    public Response retrieve(@PathParam("id") String id) {
        return found(keys.find(uuid(id)));
    }

    @PUT
    @Path("{id}")
    public Response update(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body,
            @Context ContainerRequestContext request) {
        UUID key = uuid(id);
        RequestBody.format(contentType, Format.JSON);
        return found(keys.replace(grantor(request), key, RequestBody.json(body)));
    }

    @PATCH
    @Path("{id}")
    public Response patch(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body,
            @Context ContainerRequestContext request) {
        UUID key = uuid(id);
        Format format = RequestBody.format(contentType, Format.values());
        return found(keys.patch(grantor(request), key, format, RequestBody.json(body)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        return keys.delete(uuid(id))
                ? Response.ok().build()
                : Response.status(Response.Status.NOT_FOUND).build();
    }

    private static Optional<ApiKey> grantor(ContainerRequestContext request) {
        return Optional.of(ApiKeyFilter.caller(request).key());
    }

    private static UUID uuid(String id) {
        return FieldReader.parseUuid(id).orElseThrow(ApiKeyResource::invalidId);
    }

    /** The answer to an id in the URL that is not a UUID. */
    public static ErrorsException invalidId() {
        return new ErrorsException(
                400,
                new Errors().field("invalid", "apiKey.id", "The id in the URL must be a UUID."));
    }

    private static Response found(Optional<ApiKeyDocument> document) {
        return document.map(ApiKeyResource::document)
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }

    private static Response document(ApiKeyDocument document) {
        return Response.ok(
                        JsonSupport.bytes(ApiKeyJson.write(document)),
                        MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
