package dev.integrations.apikey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.integrations.StoredText;
import dev.integrations.apikey.boundary.ApiKeyDocument;
import dev.integrations.apikey.entity.ApiKey;
import dev.integrations.http.boundary.Errors;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeyRulesTest {

    private static final ApiKey UNRESTRICTED_MANAGER = manager(Map.of());
    private static final ApiKey INTEGRATION_MANAGER =
            manager(
                    Map.of(
                            "/api/integration",
                            Set.of("GET", "PATCH"),
                            "/api/api-key",
                            Set.of("POST")));

    private static ApiKey manager(Map<String, Set<String>> endpoints) {
        return new ApiKey(UUID.randomUUID(), KeyDigest.of(UUID.randomUUID().toString()), true)
                .describe(null, null, endpoints, null);
    }

    private static ApiKeyDocument withEndpoints(Map<String, Set<String>> endpoints) {
        return new ApiKeyDocument(null, null, null, endpoints, null, null, null, null, null);
    }

    private static String violations(ApiKeyDocument document, Optional<ApiKey> grantor) {
        Errors errors = new Errors();
        ApiKeyRules.validate(document, grantor, false, errors);
        return errors.toString();
    }

    @Test
    void anUnrestrictedManagerMayGrantAnything() {
        assertEquals("", violations(withEndpoints(Map.of()), Optional.of(UNRESTRICTED_MANAGER)));
        assertEquals(
                "",
                violations(
                        withEndpoints(Map.of("/api/integration", Set.of("PUT"))),
                        Optional.of(UNRESTRICTED_MANAGER)));
    }

    @Test
    void aRestrictedManagerMayGrantOnlyWhatItMayDo() {
        Optional<ApiKey> grantor = Optional.of(INTEGRATION_MANAGER);

        assertEquals(
                "", violations(withEndpoints(Map.of("/api/integration", Set.of("GET"))), grantor));
        assertEquals(
                "[invalid]apiKey.permissions.endpoints",
                violations(withEndpoints(Map.of("/api/integration", Set.of("PUT"))), grantor));
        assertEquals(
                "[invalid]apiKey.permissions.endpoints",
                violations(withEndpoints(Map.of()), grantor));
    }

    @Test
    void endpointsMustBePathsWithKnownMethods() {
        Optional<ApiKey> kickstart = Optional.empty();

        assertEquals(
                "[invalid]apiKey.permissions.endpoints",
                violations(withEndpoints(Map.of("api/integration", Set.of("GET"))), kickstart));
        assertEquals(
                "[blank]apiKey.permissions.endpoints",
                violations(withEndpoints(Map.of("/api/integration", Set.of())), kickstart));
        assertEquals(
                "[invalid]apiKey.permissions.endpoints",
                violations(withEndpoints(Map.of("/api/integration", Set.of("FETCH"))), kickstart));
    }

    @Test
    void endpointsMustFitTheirColumn() {
        Map<String, Set<String>> endpoints = new HashMap<>();
        for (int i = 0; endpoints.size() * 20 < StoredText.MAX_DOCUMENT_LENGTH; i++) {
            endpoints.put(String.format("/api/e%08d", i), Set.of("GET"));
        }

        assertEquals(
                "[tooLong]apiKey.permissions.endpoints",
                violations(withEndpoints(endpoints), Optional.empty()));
    }

    @Test
    void theApiCannotMakeOrUnmakeAKeyManager() {
        ApiKeyDocument claimsManager =
                new ApiKeyDocument(null, null, true, Map.of(), null, null, null, null, null);

        assertEquals(
                "[invalid]apiKey.keyManager",
                violations(claimsManager, Optional.of(UNRESTRICTED_MANAGER)));
        assertEquals("", violations(claimsManager, Optional.empty()));
    }

    @Test
    void theExpirationMustLieInTheFuture() {
        ApiKeyDocument expired =
                new ApiKeyDocument(
                        null,
                        null,
                        null,
                        Map.of(),
                        null,
                        null,
                        System.currentTimeMillis() - 1,
                        null,
                        null);

        assertEquals("[invalid]apiKey.expirationInstant", violations(expired, Optional.empty()));
    }

    @Test
    void aChosenKeyHasAtLeast32Characters() {
        Errors errors = new Errors();
        ApiKeyRules.validateChosenKey("x".repeat(31), errors);
        ApiKeyRules.validateChosenKey("x".repeat(32), errors);

        assertEquals("[invalid]apiKey.key", errors.toString());
    }
}
