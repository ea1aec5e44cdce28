package dev.integrations.apikey.control;

import dev.integrations.apikey.boundary.ApiKeyDocument;
import dev.integrations.apikey.entity.ApiKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The one place where stored keys and their wire documents are mapped to each other. */
final class ApiKeyMapper {

    private ApiKeyMapper() {}

    /** The document of {@code stored}; {@code value} is the key itself, or null once stored. */
    static ApiKeyDocument toDocument(ApiKey stored, String value) {
        return new ApiKeyDocument(
                stored.id(),
                value,
                stored.keyManager(),
                stored.permissions(),
                stored.description(),
                stored.name(),
                stored.expirationInstant().map(ApiKeyMapper::epochMillis).orElse(null),
                epochMillis(stored.insertInstant()),
                epochMillis(stored.lastUpdateInstant()));
    }

    static ApiKey describe(ApiKey stored, ApiKeyDocument document) {
        return stored.describe(
                document.name(),
                document.description(),
                document.endpoints(),
                document.expirationInstant() == null
                        ? null
                        : instant(document.expirationInstant()));
    }

    static OffsetDateTime instant(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC);
    }

    private static long epochMillis(OffsetDateTime instant) {
        return instant.toInstant().toEpochMilli();
    }
}
