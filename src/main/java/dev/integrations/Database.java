package dev.integrations;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * The application's data source, configured through MicroProfile Config: {@code
 * INTEGRATIONS_DB_URL}, {@code INTEGRATIONS_DB_USER} and {@code INTEGRATIONS_DB_PASSWORD}, and
 * {@code INTEGRATIONS_DB_DRIVER}, the JDBC driver class, which {@code ./run} derives from the URL.
 * A driver rather than a data source class, because Payara gives a data source class its defaults
 * (such as the server name localhost) on top of what the URL says. The defaults stand here, after
 * the colon, because Payara resolves these expressions before the application's own configuration
 * file is read; by default the data lives in an H2 file under {@code ./data}.
 *
 * <p>The pool holds more connections than the HTTP thread pool has threads, so that no request
 * waits for a connection while a thread is free.
 */
@Singleton
@Startup
@DataSourceDefinition(
        name = "java:app/jdbc/integrations",
        className = "${MPCONFIG=integrations.db.driver:org.h2.Driver}",
        url = "${MPCONFIG=integrations.db.url:jdbc:h2:file:./data/integrations;LOCK_TIMEOUT=10000}",
        user = "${MPCONFIG=integrations.db.user:sa}",
        password = "${MPCONFIG=integrations.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 80,
        maxIdleTime = 300)
public class Database {}
