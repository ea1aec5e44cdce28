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
 * waits for a connection while a thread is free. It is made for outages: a connection is validated
 * before it is handed out (at most every two seconds), one broken connection throws out all of
 * them, and neither waiting for a connection nor a statement takes more than four seconds, so that
 * a request answers 503 within five seconds instead of hanging, and the service recovers by itself
 * when the database is back. H2's {@code WRITE_DELAY=0} writes every commit to the file before the
 * answer, so that a killed process loses no acknowledged write.
 */
@Singleton
@Startup
@DataSourceDefinition(
        name = "java:app/jdbc/integrations",
        className = "${MPCONFIG=integrations.db.driver:org.h2.Driver}",
        url =
                "${MPCONFIG=integrations.db.url:jdbc:h2:file:./data/integrations;LOCK_TIMEOUT=4000;WRITE_DELAY=0}",
        user = "${MPCONFIG=integrations.db.user:sa}",
        password = "${MPCONFIG=integrations.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 80,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=2",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=4000",
            "fish.payara.statement-timeout-in-seconds=4",
            // Each connection keeps its prepared statements, so the database parses a statement
            // once per connection instead of once per request. The service has fewer statements
            // than that, so the first ones prepared are kept. Without the type named, Payara fails
            // to make the cache (it logs a SEVERE line) and caches nothing.
            "fish.payara.statement-cache-size=32",
            "fish.payara.statement-cache-type=FIXED",
            // One user for every connection: nothing to match, and matching takes a shared lock.
            "fish.payara.match-connections=false"
        })
public class Database {}
