package dev.integrations.kickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrations.testing.Api;
import dev.integrations.testing.RunningService;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kickstart files given to ./run, as an operator seeds a new installation. */
class KickstartIT {

    private static final String MANAGER = "kickstart-manager-key-0123456789abcdef";
    private static final String READER = "kickstart-reader-key-0123456789abcdefg";
    private static final String LIMITED_MANAGER = "kickstart-limited-manager-0123456789ab";

    /** A file with three keys, a PATCH of the Kafka block, and then {@code secondRequest}. */
    private static String kickstart(String secondRequest) {
        return """
        {"variables": {"topic": "kickstarted-events", "reader": "%s"},
         "apiKeys": [
           {"key": "#{ENV.KICKSTART_MANAGER_KEY}", "keyManager": true, "description": "ops"},
           {"key": "#{reader}", "permissions": {"endpoints": {"/api/integration": ["GET"]}}},
           {"key": "%s", "keyManager": true, "permissions": {"endpoints":
             {"/api/integration": ["GET", "PATCH"], "/api/api-key": ["POST"]}}}],
         "requests": [
           {"method": "PATCH", "url": "/api/integration",
            "body": {"integrations": {"kafka": {"enabled": true, "defaultTopic": "#{topic}"}}}},
           %s]}
        """
                .formatted(READER, LIMITED_MANAGER, secondRequest.replace('\'', '"'));
    }

    private static Path write(String name, String text) throws Exception {
        Path directory = Files.createTempDirectory(Path.of("target"), name);
        return Files.writeString(directory.resolve("kickstart.json"), text);
    }

    private static HttpResponse<String> createKey(
            RunningService service, String grantor, String apiKey) {
        return Api.send(
                new Api(service.base(), grantor)
                        .request("api/api-key")
                        .header("Content-Type", "application/json")
                        .POST(
                                BodyPublishers.ofString(
                                        ("{'apiKey': " + apiKey + "}").replace('\'', '"'))));
    }

    @Test
    void aKickstartFileSeedsAFreshInstallation() throws Exception {
        Path file =
                write(
                        "kickstart",
                        kickstart("{'method': 'POST', 'url': '/api/user', 'body': {'user': {}}}"));
        Path database = Files.createTempDirectory(Path.of("target"), "kickstart-db");

        try (RunningService service =
                RunningService.start(
                        "kickstart",
                        database,
                        Map.of(
                                "FUSIONAUTH_APP_KICKSTART_FILE",
                                file.toString(),
                                "KICKSTART_MANAGER_KEY",
                                MANAGER))) {
            Api reader = new Api(service.base(), READER);
            JsonObject kafka =
                    reader.document().getJsonObject("integrations").getJsonObject("kafka");
            assertTrue(kafka.getBoolean("enabled"));
            assertEquals("kickstarted-events", kafka.getString("defaultTopic"));
            assertEquals(
                    401, reader.put("{'integrations': {}}").statusCode(), "the reader only reads");

            assertEquals(200, createKey(service, MANAGER, "{}").statusCode(), "a key manager");
            assertEquals(401, createKey(service, READER, "{}").statusCode(), "a plain key");
            assertEquals(
                    200,
                    createKey(
                                    service,
                                    LIMITED_MANAGER,
                                    "{'permissions': {'endpoints': {'/api/integration': ['GET']}}}")
                            .statusCode());
            HttpResponse<String> broader =
                    createKey(
                            service,
                            LIMITED_MANAGER,
                            "{'permissions': {'endpoints': {'/api/integration': ['PUT']}}}");
            assertEquals(400, broader.statusCode());
            assertTrue(
                    broader.body().contains("[invalid]apiKey.permissions.endpoints"),
                    broader.body());

            String log = service.log();
            assertTrue(
                    log.contains("requests[1] (POST /api/user) skipped"),
                    "the log names the skipped request");
            assertTrue(log.contains("applied: 3 API keys, 2 requests, 1 of them skipped"));
            assertFalse(log.contains(MANAGER) || log.contains(READER), "no key reaches the log");
        }
    }

    @Test
    void aFailingKickstartFileAppliesNothingAndIsTriedAgainAtTheNextStart() throws Exception {
        String failing =
                "{'method': 'PUT', 'url': '/api/integration', 'body': {'integrations': {'twilio':"
                        + " {'enabled': true}}}}";
        Path file = write("kickstart-failing", kickstart(failing));
        Path database = Files.createTempDirectory(Path.of("target"), "kickstart-failing-db");
        String operator = "operator-key-for-kickstart-test-0123456789";
        Map<String, String> environment =
                Map.of(
                        "INTEGRATIONS_KICKSTART_FILE",
                        file.toString(),
                        "KICKSTART_MANAGER_KEY",
                        MANAGER,
                        "INTEGRATIONS_API_KEY",
                        operator);

        try (RunningService service =
                RunningService.start("kickstart-failing", database, environment)) {
            Api api = new Api(service.base(), operator);
            assertFalse(
                    api.document()
                            .getJsonObject("integrations")
                            .getJsonObject("kafka")
                            .getBoolean("enabled"),
                    "the first request of the file was rolled back");
            assertEquals(
                    401,
                    new Api(service.base(), READER).get().statusCode(),
                    "no key of the file exists");
            String log = service.log();
            assertTrue(
                    log.contains(
                            "was not applied: requests[1] (PUT /api/integration) was answered with"
                                    + " 400"),
                    log);
            assertTrue(
                    log.contains("[missing]integrations.twilio.accountSID"),
                    "the log carries the Errors document");
        }

        // Corrected, and naming no key manager: its first key becomes one.
        Files.writeString(
                file,
                ("{'apiKeys': [{'key': '#{ENV.KICKSTART_MANAGER_KEY}'}], 'requests': [{'method':"
                     + " 'PATCH', 'url': '/api/integration', 'body': {'integrations': {'kafka':"
                     + " {'defaultTopic': 'retried'}}}}]}")
                        .replace('\'', '"'));
        try (RunningService service =
                RunningService.start("kickstart-retried", database, environment)) {
            Api api = new Api(service.base(), operator);
            assertEquals(
                    "retried",
                    api.document()
                            .getValue("/integrations/kafka/defaultTopic")
                            .toString()
                            .replace("\"", ""),
                    "the corrected file was applied at the next start");
            assertEquals(
                    200,
                    createKey(service, MANAGER, "{}").statusCode(),
                    "the first key of the file manages keys");
        }
    }
}
