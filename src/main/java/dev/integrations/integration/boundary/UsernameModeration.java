package dev.integrations.integration.boundary;

import java.util.UUID;

/**
 * {@code integrations.cleanspeak.usernameModeration}; {@code applicationId} may be {@code null}.
 */
public record UsernameModeration(boolean enabled, UUID applicationId) {}
