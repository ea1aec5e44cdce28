package dev.integrations.integration.entity;

import dev.integrations.StoredText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Kafka: the topic events go to and the properties the producer is built with. */
@Embeddable
public class KafkaSettings {

    @Column(name = "kafka_enabled", nullable = false)
    private boolean enabled;

    @Column(name = "kafka_default_topic", length = StoredText.MAX_LENGTH)
    private String defaultTopic;

    // As long as a request body may be; not a LOB, which would cost a read of its own.
    @Column(name = "kafka_producer", length = StoredText.MAX_DOCUMENT_LENGTH)
    @Convert(converter = StringMapConverter.class)
    private Map<String, String> producer = new LinkedHashMap<>();

    protected KafkaSettings() {}

    public KafkaSettings(boolean enabled, String defaultTopic, Map<String, String> producer) {
        this.enabled = enabled;
        this.defaultTopic = defaultTopic;
        this.producer = new LinkedHashMap<>(producer);
    }

    public boolean enabled() {
        return enabled;
    }

    public String defaultTopic() {
        return defaultTopic;
    }

    public Map<String, String> producer() {
        return producer == null ? Map.of() : Collections.unmodifiableMap(producer);
    }
}
