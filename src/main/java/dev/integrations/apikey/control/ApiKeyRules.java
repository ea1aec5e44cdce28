package dev.integrations.apikey.control;

import dev.integrations.StoredText;
import dev.integrations.apikey.boundary.ApiKeyDocument;
import dev.integrations.apikey.entity.ApiKey;
import dev.integrations.apikey.entity.EndpointPermissionsConverter;
import dev.integrations.http.boundary.Errors;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rules every stored API key keeps. */
final class ApiKeyRules {

    /** The shortest key value a client may choose. */
    static final int MIN_KEY_LENGTH = 32;

    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");

    private static final String ENDPOINTS = "apiKey.permissions.endpoints";

    private static final EndpointPermissionsConverter ENDPOINTS_COLUMN =
            new EndpointPermissionsConverter();

    private ApiKeyRules() {}

    /**
     * Adds every rule that {@code document} breaks to {@code errors}. {@code grantor} is the key
     * that creates or changes it, empty for Kickstart, which may grant anything; {@code keyManager}
     * is the role the key must keep.
     */
    static void validate(
            ApiKeyDocument document, Optional<ApiKey> grantor, boolean keyManager, Errors errors) {
        Map<String, Set<String>> endpoints = document.endpoints();
        endpoints.forEach(
                (endpoint, methods) -> {
                    if (!endpoint.startsWith("/")) {
                        errors.field(
                                "invalid",
                                ENDPOINTS,
                                "The endpoint [" + endpoint + "] must start with /.");
                    }
                    if (methods.isEmpty()) {
                        errors.field(
                                "blank",
                                ENDPOINTS,
                                "The endpoint [" + endpoint + "] allows no method.");
                    }
                    methods.stream()
                            .filter(method -> !METHODS.contains(method))
                            .forEach(
                                    method ->
                                            errors.field(
                                                    "invalid",
                                                    ENDPOINTS,
                                                    "["
                                                            + method
                                                            + "] is not an HTTP method; use one of "
                                                            + METHODS
                                                            + "."));
                });
        grantor.filter(key -> !mayGrant(key, endpoints))
                .ifPresent(
                        key ->
                                errors.field(
                                        "invalid",
                                        ENDPOINTS,
                                        "A key may not grant more than it may do itself."));
        if (grantor.isPresent()
                && document.keyManager() != null
                && document.keyManager() != keyManager) {
            errors.field(
                    "invalid",
                    "apiKey.keyManager",
                    "Only Kickstart and INTEGRATIONS_API_KEY make key managers; the API cannot"
                            + " change the role.");
        }
        if (document.expirationInstant() != null
                && !ApiKeyMapper.instant(document.expirationInstant())
                        .isAfter(OffsetDateTime.now())) {
            errors.field(
                    "invalid",
                    "apiKey.expirationInstant",
                    "The [apiKey.expirationInstant] must lie in the future.");
        }
        if (ENDPOINTS_COLUMN.convertToDatabaseColumn(endpoints).length()
                > StoredText.MAX_DOCUMENT_LENGTH) {
            errors.field(
                    "tooLong",
                    ENDPOINTS,
                    "The ["
                            + ENDPOINTS
                            + "] are longer than "
                            + StoredText.MAX_DOCUMENT_LENGTH
                            + " characters as JSON.");
        }
        tooLong(errors, "apiKey.name", document.name());
        tooLong(errors, "apiKey.metaData.attributes.description", document.description());
    }

    /** Adds the rules a key value chosen by the client breaks. */
    static void validateChosenKey(String key, Errors errors) {
        if (key.length() < MIN_KEY_LENGTH) {
            errors.field(
                    "invalid",
                    "apiKey.key",
                    "The [apiKey.key] must be at least " + MIN_KEY_LENGTH + " characters long.");
        }
        tooLong(errors, "apiKey.key", key);
    }

    private static boolean mayGrant(ApiKey grantor, Map<String, Set<String>> endpoints) {
        if (grantor.permissions().isEmpty()) {
            return true;
        }
        return !endpoints.isEmpty()
                && endpoints.entrySet().stream()
                        .allMatch(
                                e ->
                                        e.getValue().stream()
                                                .allMatch(
                                                        method ->
                                                                grantor.permits(
                                                                        e.getKey(), method)));
    }

    private static void tooLong(Errors errors, String path, String value) {
        if (value != null && value.length() > StoredText.MAX_LENGTH) {
            errors.field(
                    "tooLong",
                    path,
                    "The [" + path + "] is longer than " + StoredText.MAX_LENGTH + " characters.");
        }
    }
}
