package dev.integrations.integration.boundary;

import static dev.integrations.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrations.http.boundary.Errors;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IntegrationsJsonTest {

    private final Errors errors = new Errors();

    @Test
    void readsTheSeedsExampleDocument() {
        IntegrationsDocument document =
                IntegrationsJson.read(
                        json(
                                "{'integrations': {'cleanspeak': {'apiKey': 'k', 'enabled': true,"
                                    + " 'url': 'http://localhost:8001', 'usernameModeration':"
                                    + " {'applicationId': '27a7e845-79ec-4b24-a36d-66a224055395',"
                                    + " 'enabled': true}}, 'kafka': {'defaultTopic': 'FusionAuth',"
                                    + " 'enabled': true, 'producer': {'bootstrap.servers':"
                                    + " 'localhost:9092'}}, 'twilio': {'accountSID': 'sid',"
                                    + " 'authToken': 'token', 'enabled': true, 'fromPhoneNumber':"
                                    + " '555', 'url': 'https://api.twilio.com'}}}"),
                        errors);

        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(
                new CleanSpeakConfiguration(
                        true,
                        "k",
                        URI.create("http://localhost:8001"),
                        new UsernameModeration(
                                true, UUID.fromString("27a7e845-79ec-4b24-a36d-66a224055395"))),
                document.cleanspeak());
        assertEquals(
                new KafkaConfiguration(
                        true, "FusionAuth", Map.of("bootstrap.servers", "localhost:9092")),
                document.kafka());
        assertEquals("token", document.twilio().authToken());
    }

    @Test
    void trimsStringsAndTreatsEmptyOnesAsAbsent() {
        IntegrationsDocument document =
                IntegrationsJson.read(
                        json(
                                "{'integrations': {'kafka': {'defaultTopic': '  events  ',"
                                        + " 'producer': {' linger.ms ': ' 5 ', 'acks': '   '}},"
                                        + " 'cleanspeak': {'apiKey': '   '}}}"),
                        errors);

        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals("events", document.kafka().defaultTopic());
        assertEquals(Map.of("linger.ms", "5"), document.kafka().producer());
        assertNull(document.cleanspeak().apiKey());
    }

    @Test
    void ignoresUnknownMembersAndDropsApplicationIds() {
        IntegrationsDocument document =
                IntegrationsJson.read(
                        json(
                                "{'integrations': {'cleanspeak': {'applicationIds':"
                                        + " ['27a7e845-79ec-4b24-a36d-66a224055395'], 'future': 1},"
                                        + " 'newProvider': {}}, 'other': true}"),
                        errors);

        assertTrue(errors.isEmpty(), errors::toString);
        assertFalse(document.cleanspeak().enabled());
    }

    @Test
    void reportsEveryValueOfTheWrongTypeAtItsPath() {
        IntegrationsJson.read(
                json(
                        "{'integrations': {'cleanspeak': {'enabled': 'true', 'url': 'http://a b',"
                                + " 'usernameModeration': {'applicationId': 'not-a-uuid'}},"
                                + " 'kafka': {'defaultTopic': 5, 'producer': {'linger.ms': 5}},"
                                + " 'twilio': 'off'}}"),
                errors);

        assertEquals(
                "[invalidJSON]integrations.cleanspeak.enabled,"
                        + " [invalidJSON]integrations.cleanspeak.url,"
                        + " [invalidJSON]integrations.cleanspeak.usernameModeration.applicationId,"
                        + " [invalidJSON]integrations.kafka.defaultTopic,"
                        + " [invalidJSON]integrations.kafka.producer.linger.ms,"
                        + " [invalidJSON]integrations.twilio",
                errors.toString());
    }

    @Test
    void requiresTheEnvelope() {
        IntegrationsJson.read(json("{'integration': {}}"), errors);

        assertEquals("[missing]integrations", errors.toString());
    }

    @Test
    void rejectsABodyThatIsNotAnObject() {
        IntegrationsJson.read(json("['integrations']"), errors);

        assertEquals("[invalidJSON]", errors.toString());
    }

    @Test
    void writesBooleansAlwaysAndOmitsAbsentValues() {
        IntegrationsDocument document =
                new IntegrationsDocument(
                        new CleanSpeakConfiguration(
                                false, null, null, new UsernameModeration(false, null)),
                        new KafkaConfiguration(false, null, Map.of()),
                        new TwilioConfiguration(
                                false,
                                null,
                                null,
                                null,
                                null,
                                URI.create("https://api.twilio.com")));

        assertEquals(
                json(
                        "{'integrations': {'cleanspeak': {'enabled': false, 'usernameModeration':"
                            + " {'enabled': false}}, 'kafka': {'enabled': false, 'producer': {}},"
                            + " 'twilio': {'enabled': false, 'url': 'https://api.twilio.com'}}}"),
                IntegrationsJson.write(document));
    }
}
