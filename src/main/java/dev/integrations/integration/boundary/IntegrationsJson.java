package dev.integrations.integration.boundary;

import static dev.integrations.JsonSupport.BUILDERS;

import dev.integrations.http.boundary.Errors;
import dev.integrations.http.boundary.FieldReader;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The JSON of the integrations document, both ways. Reading is lenient where FusionAuth is (unknown
 * members, {@code cleanspeak.applicationIds}) and strict about types; writing omits absent values.
 */
public final class IntegrationsJson {

    public static final String ENVELOPE = "integrations";

    private IntegrationsJson() {}

    /**
     * The document in {@code body}, trimmed; every type error is added to {@code errors}, and the
     * members that could not be read are left absent.
     */
    public static IntegrationsDocument read(JsonValue body, Errors errors) {
        return FieldReader.envelope(body, ENVELOPE, errors)
                .map(
                        integrations ->
                                new IntegrationsDocument(
                                        integrations
                                                .object("cleanspeak")
                                                .map(IntegrationsJson::cleanSpeak)
                                                .orElse(null),
                                        integrations
                                                .object("kafka")
                                                .map(IntegrationsJson::kafka)
                                                .orElse(null),
                                        integrations
                                                .object("twilio")
                                                .map(IntegrationsJson::twilio)
                                                .orElse(null)))
                .orElseGet(() -> new IntegrationsDocument(null, null, null));
    }

    private static CleanSpeakConfiguration cleanSpeak(FieldReader cleanspeak) {
        // applicationIds is accepted for older clients and dropped: it is not read at all.
        return new CleanSpeakConfiguration(
                cleanspeak.bool("enabled"),
                cleanspeak.string("apiKey").orElse(null),
                cleanspeak.uri("url").orElse(null),
                cleanspeak
                        .object("usernameModeration")
                        .map(
                                moderation ->
                                        new UsernameModeration(
                                                moderation.bool("enabled"),
                                                moderation.uuid("applicationId").orElse(null)))
                        .orElse(null));
    }

    private static KafkaConfiguration kafka(FieldReader kafka) {
        return new KafkaConfiguration(
                kafka.bool("enabled"),
                kafka.string("defaultTopic").orElse(null),
                kafka.stringMap("producer"));
    }

    private static TwilioConfiguration twilio(FieldReader twilio) {
        return new TwilioConfiguration(
                twilio.bool("enabled"),
                twilio.string("accountSID").orElse(null),
                twilio.string("authToken").orElse(null),
                twilio.string("fromPhoneNumber").orElse(null),
                twilio.string("messagingServiceSid").orElse(null),
                twilio.uri("url").orElse(null));
    }

    /** The document inside its envelope, as GET answers it. */
    public static JsonObject write(IntegrationsDocument document) {
        JsonObjectBuilder integrations = BUILDERS.createObjectBuilder();
        Optional.ofNullable(document.cleanspeak())
                .ifPresent(c -> integrations.add("cleanspeak", cleanSpeak(c)));
        Optional.ofNullable(document.kafka()).ifPresent(k -> integrations.add("kafka", kafka(k)));
        Optional.ofNullable(document.twilio())
                .ifPresent(t -> integrations.add("twilio", twilio(t)));
        return BUILDERS.createObjectBuilder().add(ENVELOPE, integrations).build();
    }

    private static JsonObjectBuilder cleanSpeak(CleanSpeakConfiguration cleanspeak) {
        JsonObjectBuilder json = BUILDERS.createObjectBuilder();
        optional(json, "apiKey", cleanspeak.apiKey());
        json.add("enabled", cleanspeak.enabled());
        optional(json, "url", cleanspeak.url());
        UsernameModeration moderation = cleanspeak.usernameModeration();
        if (moderation != null) {
            JsonObjectBuilder moderationJson = BUILDERS.createObjectBuilder();
            optional(moderationJson, "applicationId", moderation.applicationId());
            json.add("usernameModeration", moderationJson.add("enabled", moderation.enabled()));
        }
        return json;
    }

    private static JsonObjectBuilder kafka(KafkaConfiguration kafka) {
        JsonObjectBuilder json = BUILDERS.createObjectBuilder();
        optional(json, "defaultTopic", kafka.defaultTopic());
        json.add("enabled", kafka.enabled());
        JsonObjectBuilder producer = BUILDERS.createObjectBuilder();
        Optional.ofNullable(kafka.producer()).orElse(Map.of()).forEach(producer::add);
        return json.add("producer", producer);
    }

    private static JsonObjectBuilder twilio(TwilioConfiguration twilio) {
        JsonObjectBuilder json = BUILDERS.createObjectBuilder();
        optional(json, "accountSID", twilio.accountSID());
        optional(json, "authToken", twilio.authToken());
        json.add("enabled", twilio.enabled());
        optional(json, "fromPhoneNumber", twilio.fromPhoneNumber());
        optional(json, "messagingServiceSid", twilio.messagingServiceSid());
        optional(json, "url", twilio.url());
        return json;
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value instanceof String || value instanceof URI || value instanceof UUID) {
            json.add(name, value.toString());
        }
    }
}
