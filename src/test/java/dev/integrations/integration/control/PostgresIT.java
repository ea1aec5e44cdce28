package dev.integrations.integration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.integrations.TestJson;
import dev.integrations.testing.Api;
import dev.integrations.testing.PostgresServer;
import dev.integrations.testing.RunningService;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service started by ./run on a real PostgreSQL server, as one instance and as two. */
class PostgresIT {

    private static final String KEY = "postgres-test-key-0123456789abcdefghij";

    private static PostgresServer postgres;
    private static RunningService first;
    private static RunningService second;

    /** Both instances start at the same moment on the empty database, as a deployment would. */
    @BeforeAll
    static void startPostgresAndTwoInstances() throws Exception {
        postgres = PostgresServer.start();
        CompletableFuture<RunningService> a =
                CompletableFuture.supplyAsync(() -> startQuietly("postgres-a"));
        CompletableFuture<RunningService> b =
                CompletableFuture.supplyAsync(() -> startQuietly("postgres-b"));
        // Keep whatever started, so that stopping everything also stops it when the other failed.
        first = a.exceptionally(failed -> null).get();
        second = b.exceptionally(failed -> null).get();
        a.get();
        b.get();
    }

    private static RunningService startQuietly(String name) {
        try {
            return start(name);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static RunningService start(String name) throws Exception {
        Map<String, String> environment =
                Map.of(
                        "INTEGRATIONS_API_KEY", KEY,
                        "INTEGRATIONS_DB_URL", postgres.url(),
                        "INTEGRATIONS_DB_USER", postgres.user());
        return RunningService.start(
                name, Files.createTempDirectory(Path.of("target"), name), environment);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try (PostgresServer database = postgres) {
            if (first != null) {
                first.close();
            }
            if (second != null) {
                second.close();
            }
        }
    }

    private static String topicOn(Api api) {
        return api.document()
                .getValue("/integrations/kafka/defaultTopic")
                .toString()
                .replace("\"", "");
    }

    @Test
    void aChangeOnOneInstanceIsSeenByTheNextReadOnTheOther() {
        Api a = new Api(first.base(), KEY);
        Api b = new Api(second.base(), KEY);
        int stale = 0;

        for (int i = 0; i < 200; i++) {
            Api writer = i % 2 == 0 ? a : b;
            Api reader = i % 2 == 0 ? b : a;
            String topic = "topic-" + i;
            HttpResponse<String> written =
                    writer.patch(
                            "application/json",
                            "{'integrations': {'kafka': {'defaultTopic': '" + topic + "'}}}");
            assertEquals(200, written.statusCode(), written.body());
            if (!topic.equals(topicOn(reader))) {
                stale++;
            }
        }

        assertEquals(0, stale, "stale reads out of 200");
    }

    @Test
    void concurrentPatchesOverBothInstancesLoseNothing() throws Exception {
        List<Api> instances = List.of(new Api(first.base(), KEY), new Api(second.base(), KEY));
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                Api api = instances.get(i % 2);
                String body =
                        "{'integrations': {'kafka': {'producer': {'pg." + i + "': 'v" + i + "'}}}}";
                answers.add(
                        CompletableFuture.supplyAsync(
                                () -> api.patch("application/json", body).statusCode(), pool));
            }
            for (CompletableFuture<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        JsonObject producer =
                instances
                        .get(0)
                        .document()
                        .getJsonObject("integrations")
                        .getJsonObject("kafka")
                        .getJsonObject("producer");
        for (int i = 0; i < 24; i++) {
            assertEquals("v" + i, producer.getString("pg." + i, null), "entry " + i);
        }
    }

    @Test
    void aKeyDeletedOnOneInstanceIsRefusedOnTheOtherAtOnce() {
        HttpResponse<String> created =
                Api.send(
                        new Api(first.base(), KEY)
                                .request("api/api-key")
                                .header("Content-Type", "application/json")
                                .POST(BodyPublishers.ofString("{\"apiKey\": {}}")));
        JsonObject apiKey = TestJson.json(created.body()).asJsonObject().getJsonObject("apiKey");
        Api withNewKey = new Api(second.base(), apiKey.getString("key"));
        assertEquals(200, withNewKey.get().statusCode());

        HttpResponse<String> deleted =
                Api.send(
                        new Api(first.base(), KEY)
                                .request("api/api-key/" + apiKey.getString("id"))
                                .DELETE());

        assertEquals(200, deleted.statusCode());
        assertEquals(401, withNewKey.get().statusCode());
    }

    @Test
    void dataSurvivesARestartOfAnInstance() throws Exception {
        new Api(first.base(), KEY)
                .put("{'integrations': {'kafka': {'defaultTopic': 'before-restart'}}}");

        second.close();
        second = start("postgres-b-restarted");

        assertEquals("before-restart", topicOn(new Api(second.base(), KEY)));
    }
}
