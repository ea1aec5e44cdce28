package dev.integrations.integration.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.inversoft.error.Errors;
import com.inversoft.rest.ClientResponse;
import dev.integrations.testing.RunningService;
import io.fusionauth.client.FusionAuthClient;
import io.fusionauth.domain.CleanSpeakConfiguration;
import io.fusionauth.domain.Integrations;
import io.fusionauth.domain.KafkaConfiguration;
import io.fusionauth.domain.api.IntegrationRequest;
import io.fusionauth.domain.api.IntegrationResponse;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official FusionAuth Java client, unchanged, against the service started by ./run. */
class FusionAuthClientIT {

    private static final String KEY = "fusionauth-client-test-key-0123456789";

    private static RunningService service;
    private static FusionAuthClient client;

    @BeforeAll
    static void startTheService() throws Exception {
        Path database = Files.createTempDirectory(Path.of("target"), "fusionauth-client-db");
        service =
                RunningService.start(
                        "fusionauth-client", database, Map.of("INTEGRATIONS_API_KEY", KEY));
        String baseUrl = service.base().toString().replaceAll("/$", "");
        client = new FusionAuthClient(KEY, baseUrl);
    }

    @AfterAll
    static void stopTheService() throws Exception {
        service.close();
    }

    private static Integrations kafkaOn(String topic) {
        Integrations integrations = new Integrations();
        integrations.kafka = new KafkaConfiguration();
        integrations.kafka.enabled = true;
        integrations.kafka.defaultTopic = topic;
        integrations.cleanspeak = new CleanSpeakConfiguration();
        integrations.cleanspeak.url = URI.create("http://cleanspeak.example:8001");
        integrations.cleanspeak.applicationIds = List.of(UUID.randomUUID());
        return integrations;
    }

    @Test
    void retrievesTheDocument() {
        ClientResponse<IntegrationResponse, Void> response = client.retrieveIntegration();

        assertEquals(200, response.status, String.valueOf(response.exception));
        assertTrue(response.successResponse.integrations.kafka != null);
        assertTrue(response.successResponse.integrations.cleanspeak != null);
    }

    @Test
    void updatesAndReadsBackWhatItStored() {
        ClientResponse<IntegrationResponse, Errors> response =
                client.updateIntegrations(new IntegrationRequest(kafkaOn("fusionauth-events")));

        assertEquals(200, response.status, String.valueOf(response.errorResponse));
        KafkaConfiguration kafka = client.retrieveIntegration().successResponse.integrations.kafka;
        assertTrue(kafka.enabled);
        assertEquals("fusionauth-events", kafka.defaultTopic);
        assertEquals("localhost:9092", kafka.producer.get("bootstrap.servers"));
        assertEquals("5000", kafka.producer.get("max.block.ms"));
        assertEquals("2000", kafka.producer.get("request.timeout.ms"));
        CleanSpeakConfiguration cleanspeak =
                client.retrieveIntegration().successResponse.integrations.cleanspeak;
        assertEquals(URI.create("http://cleanspeak.example:8001"), cleanspeak.url);
        assertTrue(
                cleanspeak.applicationIds == null || cleanspeak.applicationIds.isEmpty(),
                "applicationIds are accepted and dropped");
    }

    @Test
    void patchesThroughTheMethodOverrideItSends() {
        client.updateIntegrations(new IntegrationRequest(kafkaOn("before-patch")));

        ClientResponse<IntegrationResponse, Errors> response =
                client.patchIntegrations(
                        Map.of(
                                "integrations",
                                Map.of("kafka", Map.of("producer", Map.of("linger.ms", "10")))));

        assertEquals(200, response.status, String.valueOf(response.errorResponse));
        KafkaConfiguration kafka = response.successResponse.integrations.kafka;
        assertEquals("before-patch", kafka.defaultTopic);
        assertEquals("10", kafka.producer.get("linger.ms"));
        assertEquals("localhost:9092", kafka.producer.get("bootstrap.servers"));
    }

    @Test
    void parsesTheErrorsOfARejectedUpdate() {
        client.updateIntegrations(new IntegrationRequest(kafkaOn("kept")));

        ClientResponse<IntegrationResponse, Errors> response =
                client.updateIntegrations(new IntegrationRequest(kafkaOn(null)));

        assertEquals(400, response.status);
        assertEquals(
                "[missing]integrations.kafka.defaultTopic",
                response.errorResponse
                        .fieldErrors
                        .get("integrations.kafka.defaultTopic")
                        .get(0)
                        .code);
        assertTrue(response.errorResponse.generalErrors.isEmpty());
        assertEquals(
                "kept",
                client.retrieveIntegration().successResponse.integrations.kafka.defaultTopic);
    }

    @Test
    void aWrongKeyIsRefused() {
        ClientResponse<IntegrationResponse, Void> response =
                new FusionAuthClient("wrong-key", service.base().toString()).retrieveIntegration();

        assertEquals(401, response.status);
        assertFalse(response.wasSuccessful());
    }
}
