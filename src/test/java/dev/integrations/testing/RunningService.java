package dev.integrations.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service started exactly as the README says, with {@code ./run} and environment variables, on
 * a free port and a database of the test's own. Closing it ends the server it started.
 */
public final class RunningService implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(300);

    private final Process process;
    private final Path log;
    private final URI base;

    private RunningService(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /**
     * Starts {@code ./run} with {@code environment} on top of a clean one: no variable of the
     * service is inherited, so only what the test names is configured.
     */
    public static RunningService start(String name, Path database, Map<String, String> environment)
            throws IOException, InterruptedException {
        int port = freePort();
        Path log = Path.of("target", "run-" + name + "-" + port + ".log");
        ProcessBuilder builder =
                new ProcessBuilder("./run").redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(variable -> variable.startsWith("INTEGRATIONS_"));
        builder.environment().put("INTEGRATIONS_HTTP_PORT", Integer.toString(port));
        builder.environment()
                .put(
                        "INTEGRATIONS_DB_URL",
                        "jdbc:h2:file:"
                                + database.toAbsolutePath()
                                + "/integrations;LOCK_TIMEOUT=4000;WRITE_DELAY=0");
        builder.environment().putAll(environment);

        RunningService service =
                new RunningService(
                        builder.start(), log, URI.create("http://127.0.0.1:" + port + "/"));
        service.awaitFirstAnswer();
        return service;
    }

    public long pid() {
        return process.pid();
    }

    public URI base() {
        return base;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitFirstAnswer() throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "./run ended with " + process.exitValue() + ":\n" + log());
            }
            try {
                // The HTTP listener answers 404 until the application is deployed.
                int status =
                        Api.send(
                                        HttpRequest.newBuilder(base.resolve("api/integration"))
                                                .timeout(Duration.ofSeconds(5)))
                                .statusCode();
                if (status == 200 || status == 401) {
                    return;
                }
            } catch (UncheckedIOException notListening) {
                // not yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException(
                "The service did not answer within " + STARTUP + ":\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Kills the server with SIGKILL, as a crash would, and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the server the way an operator would, and waits until it is gone. */
    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
