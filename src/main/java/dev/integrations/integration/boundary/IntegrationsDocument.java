package dev.integrations.integration.boundary;

/**
 * The integrations document as clients send and receive it, inside the {@code integrations}
 * envelope. A {@code null} component is a member the document does not have.
 */
public record IntegrationsDocument(
        CleanSpeakConfiguration cleanspeak, KafkaConfiguration kafka, TwilioConfiguration twilio) {}
