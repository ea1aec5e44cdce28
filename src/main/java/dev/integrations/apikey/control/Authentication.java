package dev.integrations.apikey.control;

import dev.integrations.apikey.entity.ApiKey;
import dev.integrations.apikey.entity.EndpointPermissionsConverter;
import dev.integrations.integration.entity.Integrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Checks the key of every request with one statement, which also reads the version of the stored
 * integrations document: every request needs both facts, and one read of the database is what a GET
 * may cost, on every instance, so that a revoked key and a changed document are both seen at once.
 * Plain JDBC, outside any transaction: this is the hot path, and it changes nothing.
 */
@ApplicationScoped
public class Authentication {

    /** The caller's key and the version of the document that was stored as it was checked. */
    public record Caller(ApiKey key, long documentVersion) {}

    private static final String KEY_AND_VERSION =
            "SELECT k.id, k.digest, k.key_manager, k.permissions, k.expiration_instant,"
                    + " (SELECT i.version FROM integrations i WHERE i.id = "
                    + Integrations.ID
                    + ") FROM api_key k WHERE k.selector = ?";

    private static final EndpointPermissionsConverter PERMISSIONS =
            new EndpointPermissionsConverter();

    @Resource(lookup = "java:app/jdbc/integrations")
    DataSource database;

    /** The stored, unexpired key that {@code presented} is; empty for anything else. */
    public Optional<Caller> caller(String presented) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        byte[] digest = KeyDigest.of(presented);
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(KEY_AND_VERSION)) {
            statement.setString(1, ApiKey.selectorOf(digest));
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                ApiKey key =
                        ApiKey.checked(
                                UUID.fromString(row.getString(1)),
                                row.getString(2),
                                row.getBoolean(3),
                                PERMISSIONS.convertToEntityAttribute(row.getString(4)),
                                row.getObject(5, OffsetDateTime.class));
                long documentVersion = row.getLong(6);
                return Optional.of(new Caller(key, documentVersion))
                        .filter(caller -> caller.key().hasDigest(digest))
                        .filter(caller -> !caller.key().isExpired(OffsetDateTime.now()));
            }
        } catch (SQLException failure) {
            throw new PersistenceException("The API key could not be checked", failure);
        }
    }
}
