package dev.integrations.integration.boundary;

import java.net.URI;

/** {@code integrations.cleanspeak}; {@code apiKey} and {@code url} are {@code null} when absent. */
public record CleanSpeakConfiguration(
        boolean enabled, String apiKey, URI url, UsernameModeration usernameModeration) {}
