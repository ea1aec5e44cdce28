package dev.integrations.integration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrations.testing.Api;
import dev.integrations.testing.PostgresServer;
import dev.integrations.testing.RunningService;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * What clients and load balancers see while PostgreSQL goes away for eight seconds and comes back.
 */
class OutageIT {

    private static final Logger LOG = Logger.getLogger(OutageIT.class.getName());
    private static final String KEY = "outage-test-key-0123456789abcdefghijkl";

    /** One answer: when its request was sent and answered, and with what. */
    private record Answer(Instant sent, Instant answered, int status, String body) {

        /** The answer to a request sent at {@code sent}, received now. */
        static Answer of(Instant sent, HttpResponse<String> response) {
            return new Answer(sent, Instant.now(), response.statusCode(), response.body());
        }
    }

    @Test
    void anOutageIsAnswered503WithinFiveSecondsAndLosesNoAcknowledgedWrite() throws Exception {
        try (PostgresServer postgres = PostgresServer.start();
                RunningService service =
                        RunningService.start(
                                "outage",
                                Files.createTempDirectory(Path.of("target"), "outage"),
                                Map.of(
                                        "INTEGRATIONS_API_KEY", KEY,
                                        "INTEGRATIONS_DB_URL", postgres.url(),
                                        "INTEGRATIONS_DB_USER", postgres.user()))) {
            Api api = new Api(service.base(), KEY);
            List<Answer> answers = new CopyOnWriteArrayList<>();
            AtomicLong acknowledged = new AtomicLong(-1);
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(2);
            Future<?> writer =
                    clients.submit(
                            () -> {
                                for (long sequence = 0; running.get(); sequence++) {
                                    Instant sent = Instant.now();
                                    HttpResponse<String> response =
                                            api.patch(
                                                    "application/json",
                                                    "{'integrations': {'kafka': {'defaultTopic':"
                                                            + " 'write-"
                                                            + sequence
                                                            + "'}}}");
                                    answers.add(Answer.of(sent, response));
                                    if (response.statusCode() == 200) {
                                        acknowledged.set(sequence);
                                    }
                                }
                            });
            Future<?> reader =
                    clients.submit(
                            () -> {
                                while (running.get()) {
                                    Instant sent = Instant.now();
                                    HttpResponse<String> response = api.get();
                                    answers.add(Answer.of(sent, response));
                                }
                            });

            Thread.sleep(3_000);
            postgres.stop();
            Instant down = Instant.now();
            Thread.sleep(4_000);
            HttpResponse<String> readinessDuringOutage = Api.send(api.request("health/ready"));
            Thread.sleep(4_000);
            Instant resuming = Instant.now();
            postgres.resume();
            Instant up = Instant.now();
            Instant recovered = awaitFirst200After(up, answers);
            Thread.sleep(2_000);
            running.set(false);
            writer.get();
            reader.get();
            clients.shutdown();

            // Requests sent while the database was down, a moment after it stopped: those
            // answered before it was started again must be 503s, and none may take 5 s.
            List<Answer> sentDuringOutage =
                    answers.stream()
                            .filter(a -> a.sent().isAfter(down.plusMillis(500)))
                            .filter(a -> a.sent().isBefore(resuming))
                            .toList();
            List<Answer> duringOutage =
                    sentDuringOutage.stream().filter(a -> a.answered().isBefore(resuming)).toList();
            long not503 = duringOutage.stream().filter(a -> a.status() != 503).count();
            Duration slowest =
                    sentDuringOutage.stream()
                            .map(a -> Duration.between(a.sent(), a.answered()))
                            .max(Duration::compareTo)
                            .orElse(Duration.ZERO);
            long serverErrors = answers.stream().filter(a -> a.status() == 500).count();
            String stored =
                    api.document()
                            .getValue("/integrations/kafka/defaultTopic")
                            .toString()
                            .replace("\"", "");
            long lost = acknowledged.get() - Long.parseLong(stored.substring("write-".length()));
            LOG.info(
                    String.format(
                            "Outage of %d ms: %d requests during it, %d not answered 503, slowest"
                                    + " answer %d ms; first 200 %s ms after the database came back;"
                                    + " 500s: %d; last acknowledged write %d, stored %s,"
                                    + " acknowledged writes lost: %d",
                            Duration.between(down, resuming).toMillis(),
                            duringOutage.size(),
                            not503,
                            slowest.toMillis(),
                            recovered == null
                                    ? "never"
                                    : Duration.between(up, recovered).toMillis(),
                            serverErrors,
                            acknowledged.get(),
                            stored,
                            Math.max(0, lost)));

            assertEquals(503, readinessDuringOutage.statusCode(), readinessDuringOutage.body());
            assertTrue(readinessDuringOutage.body().contains("DOWN"));
            assertEquals(200, Api.send(api.request("health/ready")).statusCode(), "ready again");
            assertTrue(duringOutage.size() >= 4, "requests were answered during the outage");
            assertEquals(
                    0,
                    not503,
                    "every answer during the outage is 503, but: "
                            + duringOutage.stream()
                                    .filter(a -> a.status() != 503)
                                    .map(a -> a.status() + " " + a.body())
                                    .toList());
            assertTrue(
                    duringOutage.stream().allMatch(a -> a.body().contains("[ServiceUnavailable]")));
            assertTrue(slowest.toMillis() < 5_000, "slowest answer during the outage: " + slowest);
            assertTrue(recovered != null, "the service recovered without a restart");
            assertEquals(0, serverErrors, "no 500 at any time");
            assertTrue(lost <= 0, "acknowledged writes lost: " + lost);
        }
    }

    private static Instant awaitFirst200After(Instant up, List<Answer> answers)
            throws InterruptedException {
        Instant deadline = up.plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            for (Answer answer : answers) {
                if (answer.status() == 200 && answer.sent().isAfter(up)) {
                    return answer.answered();
                }
            }
        }
        return null;
    }
}
