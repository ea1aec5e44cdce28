package dev.integrations.http.boundary;

import dev.integrations.JsonSupport;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.transaction.SystemException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.transaction.xa.XAException;

/**
 * The last word on every failure that no other mapper answers. Nothing internal reaches the client:
 * JAX-RS's own answers (404, 405) keep their status and lose their body; an unreachable or
 * overloaded database is a 503 with {@code [ServiceUnavailable]}; anything else is a 500 with an
 * empty body, logged at SEVERE with an id that the response carries in {@code X-Error-Id}.
 */
@Provider
public class FailureMapper implements ExceptionMapper<Throwable> {

    public static final String ERROR_ID_HEADER = "X-Error-Id";

    private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

    private static final byte[] SERVICE_UNAVAILABLE =
            JsonSupport.bytes(
                    Errors.general(
                                    "[ServiceUnavailable]",
                                    "The database cannot be reached. Try the request again later.")
                            .toJson());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException answer) {
            return Response.status(answer.getResponse().getStatus()).build();
        }
        if (databaseUnavailable(failure)) {
            LOG.log(Level.WARNING, "The database cannot be reached: {0}", rootMessage(failure));
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .entity(SERVICE_UNAVAILABLE)
                    .build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, failure, () -> "Unexpected failure, error id " + errorId);
        return Response.serverError().header(ERROR_ID_HEADER, errorId).build();
    }

    /**
     * A failure of the database, or of the way to it. A commit that fails with a system or XA
     * exception counts too: every transaction here has one resource, the database.
     */
    private static boolean databaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException
                    || cause instanceof LockTimeoutException
                    || cause instanceof PessimisticLockException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof jakarta.resource.ResourceException
                    || cause instanceof SystemException
                    || cause instanceof XAException
                    || cause instanceof SQLException sql && isUnavailableState(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * SQLState class 08 is "connection exception" in every database this service supports; 57014 is
     * PostgreSQL's "query canceled", which its driver reports when a statement times out.
     */
    private static boolean isUnavailableState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57014"));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
