package dev.integrations;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Lets a statement that lost its connection fail at once. EclipseLink would otherwise retry it
 * three times, five seconds apart, holding the request for fifteen seconds while the database is
 * down; the pool's own validation already replaces broken connections, and the client gets a 503 it
 * can retry.
 */
public class FailFastSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
