package dev.integrations.apikey.entity;

import dev.integrations.StoredText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An API key, stored as its digest only. The primary key is the first half of the digest, so that
 * authenticating a request is a primary-key read; the whole digest is then compared in constant
 * time.
 */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @Column(name = "selector", length = 32)
    private String selector;

    @Column(name = "digest", length = 64, nullable = false)
    private String digest;

    @Column(name = "id", length = 36, nullable = false, unique = true)
    private String id;

    @Column(name = "name", length = StoredText.MAX_LENGTH)
    private String name;

    @Column(name = "description", length = StoredText.MAX_LENGTH)
    private String description;

    @Column(name = "key_manager", nullable = false)
    private boolean keyManager;

    // As long as a request body may be; not a LOB, which would cost a read of its own.
    @Column(name = "permissions", length = StoredText.MAX_DOCUMENT_LENGTH)
    @Convert(converter = EndpointPermissionsConverter.class)
    private Map<String, Set<String>> permissions = new LinkedHashMap<>();

    @Column(name = "expiration_instant")
    private OffsetDateTime expirationInstant;

    @Column(name = "insert_instant", nullable = false)
    private OffsetDateTime insertInstant;

    @Column(name = "last_update_instant", nullable = false)
    private OffsetDateTime lastUpdateInstant;

    protected ApiKey() {}

    public ApiKey(UUID id, byte[] digest, boolean keyManager) {
        this.selector = selectorOf(digest);
        this.digest = HexFormat.of().formatHex(digest);
        this.id = id.toString();
        this.keyManager = keyManager;
        this.insertInstant = OffsetDateTime.now();
        this.lastUpdateInstant = insertInstant;
    }

    /**
     * A key as a request is checked against it: its id, digest, role, permissions and expiration,
     * read without the entity manager. It is never stored.
     */
    public static ApiKey checked(
            UUID id,
            String digest,
            boolean keyManager,
            Map<String, Set<String>> permissions,
            OffsetDateTime expirationInstant) {
        ApiKey key = new ApiKey();
        key.id = id.toString();
        key.digest = digest;
        key.keyManager = keyManager;
        key.permissions = permissions;
        key.expirationInstant = expirationInstant;
        return key;
    }

    /** Sets what a key manager may change of a key: everything but its value and its role. */
    public ApiKey describe(
            String name,
            String description,
            Map<String, Set<String>> permissions,
            OffsetDateTime expirationInstant) {
        this.name = name;
        this.description = description;
        this.permissions = new LinkedHashMap<>(permissions);
        this.expirationInstant = expirationInstant;
        this.lastUpdateInstant = OffsetDateTime.now();
        return this;
    }

    /** The primary key of the key whose SHA-256 digest is {@code digest}. */
    public static String selectorOf(byte[] digest) {
        return HexFormat.of().formatHex(digest, 0, digest.length / 2);
    }

    public boolean hasDigest(byte[] presented) {
        return MessageDigest.isEqual(HexFormat.of().parseHex(digest), presented);
    }

    public boolean isExpired(OffsetDateTime now) {
        return expirationInstant != null && !now.isBefore(expirationInstant);
    }

    /**
     * Whether this key may call {@code method} on {@code path}. An endpoint covers itself and every
     * path below it; no endpoints at all means every endpoint.
     */
    public boolean permits(String path, String method) {
        return permissions.isEmpty()
                || permissions.entrySet().stream()
                        .anyMatch(
                                endpoint ->
                                        covers(endpoint.getKey(), path)
                                                && endpoint.getValue().contains(method));
    }

    private static boolean covers(String endpoint, String path) {
        return path.equals(endpoint)
                || path.startsWith(endpoint.endsWith("/") ? endpoint : endpoint + "/");
    }

    public UUID id() {
        return UUID.fromString(id);
    }

    public boolean keyManager() {
        return keyManager;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Map<String, Set<String>> permissions() {
        return Collections.unmodifiableMap(permissions);
    }

    public Optional<OffsetDateTime> expirationInstant() {
        return Optional.ofNullable(expirationInstant);
    }

    public OffsetDateTime insertInstant() {
        return insertInstant;
    }

    public OffsetDateTime lastUpdateInstant() {
        return lastUpdateInstant;
    }
}
