package dev.integrations.integration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The one stored integrations document: a single row, one embeddable per provider. */
@Entity
@Table(name = "integrations")
public class Integrations {

    /** The primary key of the only row. */
    public static final int ID = 1;

    @Id private int id = ID;

    /**
     * Counts the changes; it is the document's ETag. Not a JPA version: every change is made under
     * a row lock, and several changes may be committed together, each with a version of its own.
     */
    private long version;

    @Embedded private CleanSpeakSettings cleanSpeak = new CleanSpeakSettings();

    @Embedded private KafkaSettings kafka = new KafkaSettings();

    @Embedded private TwilioSettings twilio = new TwilioSettings();

    @Column(name = "last_update_instant")
    private OffsetDateTime lastUpdateInstant;

    public long version() {
        return version;
    }

    public CleanSpeakSettings cleanSpeak() {
        return cleanSpeak;
    }

    public KafkaSettings kafka() {
        return kafka;
    }

    public TwilioSettings twilio() {
        return twilio;
    }

    /** A change of the document: the settings are replaced, and the version moves on by one. */
    public void replace(CleanSpeakSettings cleanSpeak, KafkaSettings kafka, TwilioSettings twilio) {
        this.version++;
        this.cleanSpeak = cleanSpeak;
        this.kafka = kafka;
        this.twilio = twilio;
        this.lastUpdateInstant = OffsetDateTime.now();
    }
}
