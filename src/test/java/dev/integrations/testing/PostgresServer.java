package dev.integrations.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server of Debian's package: a cluster made with initdb in a temporary
 * folder, listening on 127.0.0.1 on a free port, removed again on close.
 */
public final class PostgresServer implements AutoCloseable {

    private static final String USER = "integrations";

    private final Path bin;
    private final Path folder;
    private final int port;

    private PostgresServer(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
    }

    public static PostgresServer start() throws IOException, InterruptedException {
        Path bin = installedBin();
        Path folder = Files.createTempDirectory("integrations-postgres");
        if (isRoot()) {
            // PostgreSQL refuses to run as root; its own user owns the cluster.
            run(List.of("chown", "postgres:postgres", folder.toString()));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin, folder, port);
        server.asOwner("initdb", "-D", server.data(), "-U", USER, "--auth=trust", "-E", "UTF8");
        server.resume();
        server.asOwner(
                "createdb", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", USER, USER);
        return server;
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + USER;
    }

    public String user() {
        return USER;
    }

    /** Stops the server at once, as an outage would; {@link #resume()} starts it again. */
    public void stop() throws IOException, InterruptedException {
        asOwner("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
    }

    public void resume() throws IOException, InterruptedException {
        asOwner(
                "pg_ctl",
                "-D",
                data(),
                "-l",
                folder.resolve("server.log").toString(),
                "-w",
                "-o",
                "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1",
                "start");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            asOwner("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private String data() {
        return folder.resolve("data").toString();
    }

    private void asOwner(String program, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path installedBin() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL is not installed"));
        }
    }
}
