package dev.integrations.http.boundary;

import dev.integrations.JsonSupport;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Answers a rejected request with its Errors document. */
@Provider
public class ErrorsExceptionMapper implements ExceptionMapper<ErrorsException> {

    private static final Logger LOG = Logger.getLogger(ErrorsExceptionMapper.class.getName());

    @Override
    public Response toResponse(ErrorsException rejection) {
        LOG.log(
                Level.FINE,
                "Request rejected with {0}: {1}",
                new Object[] {rejection.status(), rejection.getMessage()});
        return Response.status(rejection.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(JsonSupport.bytes(rejection.errors().toJson()))
                .build();
    }
}
