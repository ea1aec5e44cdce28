package dev.integrations.http.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.SystemException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailureMapperTest {

    private final Logger log = Logger.getLogger(FailureMapper.class.getName());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    records.add(record);
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };

    private final FailureMapper mapper = new FailureMapper();

    @BeforeEach
    void captureTheLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void releaseTheLog() {
        log.removeHandler(capture);
    }

    @Test
    void anUnexpectedFailureIsAnEmpty500WhoseIdNamesTheLoggedStackTrace() {
        IllegalStateException failure = new IllegalStateException("internal detail");

        Response response = mapper.toResponse(failure);

        assertEquals(500, response.getStatus());
        assertNull(response.getEntity());
        String errorId = response.getHeaderString(FailureMapper.ERROR_ID_HEADER);
        LogRecord logged = records.get(0);
        assertEquals(Level.SEVERE, logged.getLevel());
        assertTrue(logged.getMessage().contains(errorId), logged.getMessage());
        assertSame(failure, logged.getThrown());
    }

    @Test
    void eachFailureGetsItsOwnId() {
        String first =
                mapper.toResponse(new RuntimeException())
                        .getHeaderString(FailureMapper.ERROR_ID_HEADER);
        String second =
                mapper.toResponse(new RuntimeException())
                        .getHeaderString(FailureMapper.ERROR_ID_HEADER);

        assertFalse(first.equals(second));
    }

    @Test
    void anUnreachableDatabaseIs503WithServiceUnavailable() {
        for (Throwable failure :
                List.of(
                        new EJBException(new SQLTransientConnectionException("refused")),
                        new RuntimeException(new SQLException("gone", "08006")),
                        new PersistenceException(new SQLException("timed out", "57014")),
                        new EJBException(
                                (Exception)
                                        new SystemException("commit failed")
                                                .initCause(new XAException("closed"))))) {
            Response response = mapper.toResponse(failure);

            assertEquals(503, response.getStatus());
            String body = new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
            assertTrue(body.contains("\"[ServiceUnavailable]\""), body);
        }
    }

    @Test
    void anotherSqlFailureIsA500() {
        assertEquals(
                500,
                mapper.toResponse(new RuntimeException(new SQLException("syntax", "42000")))
                        .getStatus());
    }

    @Test
    void jaxRsAnswersKeepTheirStatusAndLoseTheirBody() {
        Response response = mapper.toResponse(new NotFoundException("detail"));

        assertEquals(404, response.getStatus());
        assertNull(response.getEntity());
        assertTrue(records.isEmpty());
    }
}
