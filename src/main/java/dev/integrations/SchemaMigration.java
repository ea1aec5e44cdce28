package dev.integrations;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to this version before anything uses it, with Flyway's versioned
 * migrations under {@code db/migration}: an empty database gets the schema and the default
 * document, an older one the migrations it lacks, a current one nothing. Flyway keeps its history
 * in the database and locks it while it migrates, so instances that start together migrate once.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/integrations")
    DataSource database;

    @PostConstruct
    void migrate() {
        MigrateResult result =
                Flyway.configure(SchemaMigration.class.getClassLoader())
                        .dataSource(database)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
        String version =
                result.targetSchemaVersion != null
                        ? result.targetSchemaVersion
                        : result.initialSchemaVersion;
        LOG.log(
                Level.INFO,
                "Database schema at version {0}; {1} migrations applied",
                new Object[] {version, result.migrationsExecuted});
    }
}
