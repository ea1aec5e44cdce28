package dev.integrations.apikey.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrations.apikey.control.KeyDigest;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static ApiKey withPermissions(Map<String, Set<String>> endpoints) {
        return new ApiKey(UUID.randomUUID(), KeyDigest.of("a key"), false)
                .describe(null, "test", endpoints, null);
    }

    @Test
    void noEndpointsMeansEveryEndpoint() {
        ApiKey key = withPermissions(Map.of());

        assertTrue(key.permits("/api/integration", "PUT"));
        assertTrue(key.permits("/api/api-key/1", "DELETE"));
    }

    @Test
    void aReadOnlyKeyMayOnlyGetItsEndpointAndWhatLiesBelowIt() {
        ApiKey key = withPermissions(Map.of("/api/integration", Set.of("GET")));

        assertTrue(key.permits("/api/integration", "GET"));
        assertTrue(key.permits("/api/integration/sub", "GET"));
        assertFalse(key.permits("/api/integration", "PUT"));
        assertFalse(key.permits("/api/integration", "PATCH"));
        assertFalse(key.permits("/api/integrations", "GET"));
        assertFalse(key.permits("/api/api-key", "GET"));
    }

    @Test
    void onlyTheKeysOwnDigestMatches() {
        ApiKey key = withPermissions(Map.of());

        assertTrue(key.hasDigest(KeyDigest.of("a key")));
        assertFalse(key.hasDigest(KeyDigest.of("a key ")));
    }

    @Test
    void anExpiredKeyIsExpiredFromItsExpirationInstantOn() {
        OffsetDateTime at = OffsetDateTime.now();
        ApiKey key = withPermissions(Map.of()).describe(null, null, Map.of(), at);

        assertFalse(key.isExpired(at.minusSeconds(1)));
        assertTrue(key.isExpired(at));
        assertFalse(withPermissions(Map.of()).isExpired(at.plusYears(100)));
    }

    @Test
    void generatedKeysAreLongAndDistinct() {
        String first = KeyDigest.newKey();

        assertTrue(first.length() >= 64);
        assertFalse(first.equals(KeyDigest.newKey()));
    }
}
