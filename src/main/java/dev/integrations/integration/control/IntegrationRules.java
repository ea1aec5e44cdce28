package dev.integrations.integration.control;

import dev.integrations.StoredText;
import dev.integrations.http.boundary.Errors;
import dev.integrations.integration.boundary.CleanSpeakConfiguration;
import dev.integrations.integration.boundary.IntegrationsDocument;
import dev.integrations.integration.boundary.KafkaConfiguration;
import dev.integrations.integration.boundary.TwilioConfiguration;
import dev.integrations.integration.boundary.UsernameModeration;
import dev.integrations.integration.entity.StringMapConverter;
import dev.integrations.integration.entity.TwilioSettings;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What every stored document is made to be, and the rules it must keep. */
public final class IntegrationRules {

    /** How the producer is stored: its JSON must fit the column. */
    private static final StringMapConverter PRODUCER_COLUMN = new StringMapConverter();

    /** The producer properties FusionAuth adds when {@code bootstrap.servers} is not given. */
    static final Map<String, String> PRODUCER_DEFAULTS = producerDefaults();

    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    private IntegrationRules() {}

    private static Map<String, String> producerDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("bootstrap.servers", "localhost:9092");
        defaults.put("max.block.ms", "5000");
        defaults.put("request.timeout.ms", "2000");
        return Collections.unmodifiableMap(defaults);
    }

    /**
     * The whole document: every block present, the Twilio URL defaulted, and the producer defaults
     * added when the producer has no {@code bootstrap.servers}.
     */
    public static IntegrationsDocument normalize(IntegrationsDocument document) {
        CleanSpeakConfiguration cleanspeak = document.cleanspeak();
        if (cleanspeak == null) {
            cleanspeak = new CleanSpeakConfiguration(false, null, null, null);
        }
        if (cleanspeak.usernameModeration() == null) {
            cleanspeak =
                    new CleanSpeakConfiguration(
                            cleanspeak.enabled(),
                            cleanspeak.apiKey(),
                            cleanspeak.url(),
                            new UsernameModeration(false, null));
        }

        KafkaConfiguration kafka = document.kafka();
        Map<String, String> producer =
                new LinkedHashMap<>(kafka == null ? Map.of() : kafka.producer());
        if (!producer.containsKey("bootstrap.servers")) {
            PRODUCER_DEFAULTS.forEach(producer::putIfAbsent);
        }
        kafka =
                kafka == null
                        ? new KafkaConfiguration(false, null, producer)
                        : new KafkaConfiguration(kafka.enabled(), kafka.defaultTopic(), producer);

        TwilioConfiguration twilio = document.twilio();
        URI defaultUrl = URI.create(TwilioSettings.DEFAULT_URL);
        if (twilio == null) {
            twilio = new TwilioConfiguration(false, null, null, null, null, defaultUrl);
        } else if (twilio.url() == null) {
            twilio =
                    new TwilioConfiguration(
                            twilio.enabled(),
                            twilio.accountSID(),
                            twilio.authToken(),
                            twilio.fromPhoneNumber(),
                            twilio.messagingServiceSid(),
                            defaultUrl);
        }
        return new IntegrationsDocument(cleanspeak, kafka, twilio);
    }

    /** Adds every rule that the normalized {@code document} breaks to {@code errors}. */
    public static void validate(IntegrationsDocument document, Errors errors) {
        CleanSpeakConfiguration cleanspeak = document.cleanspeak();
        String cleanspeakUrl = "integrations.cleanspeak.url";
        if (cleanspeak.enabled() && cleanspeak.url() == null) {
            missing(errors, cleanspeakUrl, "CleanSpeak is enabled");
        }
        if (cleanspeak.url() != null && !isWebUrl(cleanspeak.url())) {
            errors.field(
                    "invalid",
                    cleanspeakUrl,
                    "The [" + cleanspeakUrl + "] property must be an absolute http or https URL.");
        }
        if (cleanspeak.usernameModeration().enabled()
                && cleanspeak.usernameModeration().applicationId() == null) {
            missing(
                    errors,
                    "integrations.cleanspeak.usernameModeration.applicationId",
                    "username moderation is enabled");
        }
        tooLong(errors, "integrations.cleanspeak.apiKey", cleanspeak.apiKey());
        tooLong(errors, cleanspeakUrl, cleanspeak.url());

        KafkaConfiguration kafka = document.kafka();
        if (kafka.enabled() && kafka.defaultTopic() == null) {
            missing(errors, "integrations.kafka.defaultTopic", "Kafka is enabled");
        }
        tooLong(errors, "integrations.kafka.defaultTopic", kafka.defaultTopic());
        if (PRODUCER_COLUMN.convertToDatabaseColumn(kafka.producer()).length()
                > StoredText.MAX_DOCUMENT_LENGTH) {
            errors.field(
                    "tooLong",
                    "integrations.kafka.producer",
                    "The [integrations.kafka.producer] property is longer than "
                            + StoredText.MAX_DOCUMENT_LENGTH
                            + " characters as JSON.");
        }

        TwilioConfiguration twilio = document.twilio();
        if (twilio.enabled() && twilio.accountSID() == null) {
            missing(errors, "integrations.twilio.accountSID", "Twilio is enabled");
        }
        if (twilio.enabled() && twilio.authToken() == null) {
            missing(errors, "integrations.twilio.authToken", "Twilio is enabled");
        }
        tooLong(errors, "integrations.twilio.accountSID", twilio.accountSID());
        tooLong(errors, "integrations.twilio.authToken", twilio.authToken());
        tooLong(errors, "integrations.twilio.fromPhoneNumber", twilio.fromPhoneNumber());
        tooLong(errors, "integrations.twilio.messagingServiceSid", twilio.messagingServiceSid());
        tooLong(errors, "integrations.twilio.url", twilio.url());
    }

    private static boolean isWebUrl(URI url) {
        return url.isAbsolute()
                && WEB_SCHEMES.contains(url.getScheme().toLowerCase(Locale.ROOT))
                && url.getHost() != null;
    }

    private static void missing(Errors errors, String path, String condition) {
        errors.field(
                "missing",
                path,
                "You must specify the [" + path + "] property when " + condition + ".");
    }

    private static void tooLong(Errors errors, String path, Object value) {
        if (value != null && value.toString().length() > StoredText.MAX_LENGTH) {
            errors.field(
                    "tooLong",
                    path,
                    "The ["
                            + path
                            + "] property is longer than "
                            + StoredText.MAX_LENGTH
                            + " characters.");
        }
    }
}
