package dev.integrations.integration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.integrations.testing.Api;
import dev.integrations.testing.PostgresServer;
import dev.integrations.testing.RunningService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a crash of an instance loses: nothing it has acknowledged, on H2 and on PostgreSQL. */
class CrashIT {

    private static final String KEY = "outage-test-key-0123456789abcdefghijkl";

    private static RunningService start(String name, Path folder, Map<String, String> database)
            throws Exception {
        Map<String, String> environment = new HashMap<>(database);
        environment.put("INTEGRATIONS_API_KEY", KEY);
        return RunningService.start(name, folder, environment);
    }

    private static String topic(Api api) {
        return api.document()
                .getValue("/integrations/kafka/defaultTopic")
                .toString()
                .replace("\"", "");
    }

    @Test
    void aWriteAcknowledgedRightBeforeSigkillSurvivesOnH2() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target"), "crash-h2");
        assertAcknowledgedWritesSurviveSigkill("crash-h2", folder, Map.of());
    }

    @Test
    void aWriteAcknowledgedRightBeforeSigkillSurvivesOnPostgres() throws Exception {
        try (PostgresServer postgres = PostgresServer.start()) {
            Path folder = Files.createTempDirectory(Path.of("target"), "crash-postgres");
            assertAcknowledgedWritesSurviveSigkill(
                    "crash-postgres",
                    folder,
                    Map.of(
                            "INTEGRATIONS_DB_URL",
                            postgres.url(),
                            "INTEGRATIONS_DB_USER",
                            postgres.user()));
        }
    }

    private static void assertAcknowledgedWritesSurviveSigkill(
            String name, Path folder, Map<String, String> database) throws Exception {
        String last = null;
        try (RunningService service = start(name, folder, database)) {
            Api api = new Api(service.base(), KEY);
            for (int i = 0; i < 20; i++) {
                last = name + "-" + i;
                assertEquals(
                        200,
                        api.put("{'integrations': {'kafka': {'defaultTopic': '" + last + "'}}}")
                                .statusCode());
            }
            service.kill();
        }

        try (RunningService restarted = start(name + "-restarted", folder, database)) {
            assertEquals(last, topic(new Api(restarted.base(), KEY)), "the last acknowledged PUT");
        }
    }
}
