package dev.integrations.integration.boundary;

import java.util.Map;

/** {@code integrations.kafka}; {@code defaultTopic} is {@code null} when absent. */
public record KafkaConfiguration(
        boolean enabled, String defaultTopic, Map<String, String> producer) {}
