package dev.integrations.integration.control;

import static dev.integrations.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrations.http.boundary.Errors;
import dev.integrations.integration.boundary.IntegrationsDocument;
import dev.integrations.integration.boundary.IntegrationsJson;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntegrationRulesTest {

    private final Errors errors = new Errors();

    private IntegrationsDocument normalized(String body) {
        return IntegrationRules.normalize(IntegrationsJson.read(json(body), errors));
    }

    private String violations(String body) {
        IntegrationRules.validate(normalized(body), errors);
        return errors.toString();
    }

    @Test
    void aProducerMustFitItsColumn() {
        StringBuilder producer = new StringBuilder();
        for (int i = 0; i < 530; i++) {
            producer.append(i == 0 ? "" : ", ").append("'p").append(i).append("': '");
            producer.append("v".repeat(2000)).append("'");
        }

        assertEquals(
                "[tooLong]integrations.kafka.producer",
                violations("{'integrations': {'kafka': {'producer': {" + producer + "}}}}"));
    }

    @Test
    void anEmptyDocumentGetsEveryBlockWithItsDefaults() {
        IntegrationsDocument document = normalized("{'integrations': {}}");

        assertFalse(document.cleanspeak().enabled());
        assertFalse(document.cleanspeak().usernameModeration().enabled());
        assertFalse(document.kafka().enabled());
        assertEquals(IntegrationRules.PRODUCER_DEFAULTS, document.kafka().producer());
        assertEquals(URI.create("https://api.twilio.com"), document.twilio().url());
    }

    @Test
    void producerDefaultsAreAddedInFusionAuthsOrderWithoutReplacingGivenValues() {
        IntegrationsDocument document =
                normalized("{'integrations': {'kafka': {'producer': {'max.block.ms': '100'}}}}");

        assertEquals(
                List.of("max.block.ms", "bootstrap.servers", "request.timeout.ms"),
                List.copyOf(document.kafka().producer().keySet()));
        assertEquals("100", document.kafka().producer().get("max.block.ms"));
    }

    @Test
    void aProducerWithBootstrapServersGetsNoDefaults() {
        IntegrationsDocument document =
                normalized(
                        "{'integrations': {'kafka': {'producer': {'bootstrap.servers':"
                                + " 'k:9092'}}}}");

        assertEquals(Map.of("bootstrap.servers", "k:9092"), document.kafka().producer());
    }

    @Test
    void twilioWithoutUrlGetsTheDefaultUrl() {
        IntegrationsDocument document =
                normalized("{'integrations': {'twilio': {'accountSID': 'a'}}}");

        assertEquals(URI.create("https://api.twilio.com"), document.twilio().url());
        assertEquals("a", document.twilio().accountSID());
    }

    @Test
    void theDefaultsBreakNoRule() {
        assertEquals("", violations("{'integrations': {}}"));
    }

    @Test
    void enabledProvidersNeedTheirRequiredValuesAllReportedTogether() {
        assertEquals(
                "[missing]integrations.cleanspeak.url,"
                        + " [missing]integrations.cleanspeak.usernameModeration.applicationId,"
                        + " [missing]integrations.kafka.defaultTopic,"
                        + " [missing]integrations.twilio.accountSID,"
                        + " [missing]integrations.twilio.authToken",
                violations(
                        "{'integrations': {'cleanspeak': {'enabled': true, 'usernameModeration':"
                            + " {'enabled': true}}, 'kafka': {'enabled': true, 'defaultTopic': '"
                            + " '}, 'twilio': {'enabled': true}}}"));
    }

    @Test
    void theCleanSpeakUrlMustBeAbsoluteHttpEvenWhenDisabled() {
        assertEquals(
                "[invalid]integrations.cleanspeak.url",
                violations("{'integrations': {'cleanspeak': {'url': 'ftp://host/'}}}"));
        errors.fieldErrors().clear();
        assertEquals(
                "[invalid]integrations.cleanspeak.url",
                violations("{'integrations': {'cleanspeak': {'url': '/relative'}}}"));
    }

    @Test
    void anHttpsCleanSpeakUrlIsAccepted() {
        assertEquals(
                "",
                violations(
                        "{'integrations': {'cleanspeak': {'enabled': true, 'url':"
                                + " 'HTTPS://cs.example:8001/'}}}"));
    }

    @Test
    void typeErrorsAndRuleViolationsAreReportedTogether() {
        String violations =
                violations(
                        "{'integrations': {'kafka': {'enabled': true}, 'twilio': {'enabled':"
                                + " 'yes'}}}");

        assertEquals(
                "[invalidJSON]integrations.twilio.enabled,"
                        + " [missing]integrations.kafka.defaultTopic",
                violations);
    }

    @Test
    void overlongTextIsRejected() {
        String topic = "t".repeat(2049);

        assertTrue(
                violations("{'integrations': {'kafka': {'defaultTopic': '" + topic + "'}}}")
                        .contains("[tooLong]integrations.kafka.defaultTopic"));
    }
}
