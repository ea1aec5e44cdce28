package dev.integrations.apikey.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrations.apikey.control.KeyDigest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static ApiKey withPermissions(Map<String, Set<String>> endpoints) {
        return new ApiKey(KeyDigest.of("a key"), "test", false, endpoints);
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
    void generatedKeysAreLongAndDistinct() {
        String first = KeyDigest.newKey();

        assertTrue(first.length() >= 64);
        assertFalse(first.equals(KeyDigest.newKey()));
    }
}
