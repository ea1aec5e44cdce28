package dev.integrations.integration.control;

import dev.integrations.integration.boundary.CleanSpeakConfiguration;
import dev.integrations.integration.boundary.IntegrationsDocument;
import dev.integrations.integration.boundary.KafkaConfiguration;
import dev.integrations.integration.boundary.TwilioConfiguration;
import dev.integrations.integration.boundary.UsernameModeration;
import dev.integrations.integration.entity.CleanSpeakSettings;
import dev.integrations.integration.entity.Integrations;
import dev.integrations.integration.entity.KafkaSettings;
import dev.integrations.integration.entity.TwilioSettings;
import dev.integrations.integration.entity.UsernameModerationSettings;
import java.net.URI;
import java.util.Objects;
import java.util.UUID;

/** The one place where the stored entity and the wire document are mapped to each other. */
public final class IntegrationMapper {

    private IntegrationMapper() {}

    public static IntegrationsDocument toDocument(Integrations stored) {
        CleanSpeakSettings cleanSpeak = stored.cleanSpeak();
        UsernameModerationSettings moderation = cleanSpeak.usernameModeration();
        KafkaSettings kafka = stored.kafka();
        TwilioSettings twilio = stored.twilio();
        return new IntegrationsDocument(
                new CleanSpeakConfiguration(
                        cleanSpeak.enabled(),
                        cleanSpeak.apiKey(),
                        uri(cleanSpeak.url()),
                        new UsernameModeration(
                                moderation.enabled(),
                                moderation.applicationId() == null
                                        ? null
                                        : UUID.fromString(moderation.applicationId()))),
                new KafkaConfiguration(kafka.enabled(), kafka.defaultTopic(), kafka.producer()),
                new TwilioConfiguration(
                        twilio.enabled(),
                        twilio.accountSID(),
                        twilio.authToken(),
                        twilio.fromPhoneNumber(),
                        twilio.messagingServiceSid(),
                        uri(twilio.url())));
    }

    /** Makes {@code stored} hold the normalized {@code document}. */
    public static void store(IntegrationsDocument document, Integrations stored) {
        CleanSpeakConfiguration cleanspeak = document.cleanspeak();
        UsernameModeration moderation = cleanspeak.usernameModeration();
        KafkaConfiguration kafka = document.kafka();
        TwilioConfiguration twilio = document.twilio();
        stored.replace(
                new CleanSpeakSettings(
                        cleanspeak.enabled(),
                        cleanspeak.apiKey(),
                        text(cleanspeak.url()),
                        new UsernameModerationSettings(
                                moderation.enabled(), text(moderation.applicationId()))),
                new KafkaSettings(kafka.enabled(), kafka.defaultTopic(), kafka.producer()),
                new TwilioSettings(
                        twilio.enabled(),
                        twilio.accountSID(),
                        twilio.authToken(),
                        twilio.fromPhoneNumber(),
                        twilio.messagingServiceSid(),
                        text(twilio.url())));
    }

    private static URI uri(String text) {
        return text == null ? null : URI.create(text);
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
