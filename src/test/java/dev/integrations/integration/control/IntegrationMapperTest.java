package dev.integrations.integration.control;

import static dev.integrations.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.integrations.http.boundary.Errors;
import dev.integrations.integration.boundary.IntegrationsDocument;
import dev.integrations.integration.boundary.IntegrationsJson;
import dev.integrations.integration.entity.Integrations;
import org.junit.jupiter.api.Test;

class IntegrationMapperTest {

    @Test
    void aFreshEntityIsTheDefaultDocument() {
        assertEquals(
                json(
                        "{'integrations': {'cleanspeak': {'enabled': false, 'usernameModeration':"
                            + " {'enabled': false}}, 'kafka': {'enabled': false, 'producer': {}},"
                            + " 'twilio': {'enabled': false, 'url': 'https://api.twilio.com'}}}"),
                IntegrationsJson.write(IntegrationMapper.toDocument(new Integrations())));
    }

    @Test
    void aStoredDocumentComesBackUnchanged() {
        IntegrationsDocument document =
                IntegrationRules.normalize(
                        IntegrationsJson.read(
                                json(
                                        "{'integrations': {'cleanspeak': {'apiKey': 'k', 'enabled':"
                                            + " true, 'url': 'http://localhost:8001',"
                                            + " 'usernameModeration': {'applicationId':"
                                            + " '27a7e845-79ec-4b24-a36d-66a224055395', 'enabled':"
                                            + " true}}, 'kafka': {'defaultTopic': 'FusionAuth',"
                                            + " 'enabled': true, 'producer': {'sasl.jaas.config':"
                                            + " 'secret'}}, 'twilio': {'accountSID': 'sid',"
                                            + " 'authToken': 'token', 'enabled': true,"
                                            + " 'fromPhoneNumber': '555', 'messagingServiceSid':"
                                            + " 'ms', 'url': 'https://twilio.example'}}}"),
                                new Errors()));
        Integrations entity = new Integrations();

        IntegrationMapper.store(document, entity);

        assertEquals(document, IntegrationMapper.toDocument(entity));
    }
}
