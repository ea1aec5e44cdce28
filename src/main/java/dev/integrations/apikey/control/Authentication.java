package dev.integrations.apikey.control;

import dev.integrations.SharedWork;
import dev.integrations.apikey.entity.ApiKey;
import dev.integrations.apikey.entity.EndpointPermissionsConverter;
import dev.integrations.integration.entity.Integrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Checks the key of every request against the database, with the statement that also reads the
 * version of the stored integrations document: every request needs both facts, fresh, on every
 * instance, so that a revoked key and a changed document are both seen at once. Requests that
 * arrive together share that statement ({@link SharedWork}): each is answered by a read that began
 * after it arrived, and a read answers all the keys that wait for it. Plain JDBC, outside any
 * transaction: this is the hot path, and it changes nothing.
 */
@ApplicationScoped
public class Authentication {

    /** The caller's key and the version of the document that was stored as it was checked. */
    public record Caller(ApiKey key, long documentVersion) {}

    private static final String KEYS_AND_VERSION =
            "SELECT k.selector, k.id, k.digest, k.key_manager, k.permissions,"
                    + " k.expiration_instant, (SELECT i.version FROM integrations i WHERE i.id = "
                    + Integrations.ID
                    + ") FROM api_key k WHERE k.selector = ANY (?)";

    private static final EndpointPermissionsConverter PERMISSIONS =
            new EndpointPermissionsConverter();

    @Resource(lookup = "java:app/jdbc/integrations")
    DataSource database;

    private final SharedWork<String, Optional<Caller>> reads = new SharedWork<>(this::callers);

    /** The stored, unexpired key that {@code presented} is; empty for anything else. */
    public Optional<Caller> caller(String presented) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        byte[] digest = KeyDigest.of(presented);
        return reads.run(ApiKey.selectorOf(digest))
                .filter(caller -> caller.key().hasDigest(digest))
                .filter(caller -> !caller.key().isExpired(OffsetDateTime.now()));
    }

    private static ResultSet query(PreparedStatement statement, Array selectors)
            throws SQLException {
        statement.setArray(1, selectors);
        return statement.executeQuery();
    }

    /** The stored key of each selector, with the document's version, in one statement. */
    private List<Optional<Caller>> callers(List<String> selectors) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(KEYS_AND_VERSION)) {
            Array array =
                    connection.createArrayOf("VARCHAR", selectors.stream().distinct().toArray());
            Map<String, Caller> callers = new HashMap<>();
            try (ResultSet row = query(statement, array)) {
                while (row.next()) {
                    ApiKey key =
                            ApiKey.checked(
                                    UUID.fromString(row.getString(2)),
                                    row.getString(3),
                                    row.getBoolean(4),
                                    PERMISSIONS.convertToEntityAttribute(row.getString(5)),
                                    row.getObject(6, OffsetDateTime.class));
                    callers.put(row.getString(1), new Caller(key, row.getLong(7)));
                }
            } finally {
                array.free();
            }
            return selectors.stream()
                    .map(selector -> Optional.ofNullable(callers.get(selector)))
                    .toList();
        } catch (SQLException failure) {
            throw new PersistenceException("The API key could not be checked", failure);
        }
    }
}
