package dev.integrations.apikey.boundary;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An API key as clients send and receive it, inside the {@code apiKey} envelope. {@code
 * permissions.endpoints} is {@code endpoints}, {@code metaData.attributes.description} is {@code
 * description}; instants are epoch milliseconds; {@code keyManager} is {@code null} when a request
 * leaves it out. A {@code null} component is absent; {@code key} is present only in the answer to a
 * create.
 */
public record ApiKeyDocument(
        UUID id,
        String key,
        Boolean keyManager,
        Map<String, Set<String>> endpoints,
        String description,
        String name,
        Long expirationInstant,
        Long insertInstant,
        Long lastUpdateInstant) {}
