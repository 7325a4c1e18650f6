package org.councilworkspace.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The machine's PostgreSQL client programs (pg_dump, pg_restore), run against one local server as an operator
 * would. A missing client fails the test rather than skipping it, so the PostgreSQL path is never silently untested.
 */
final class PgClient {

    private final int port;
    private final Path logs;

    PgClient(int port, Path logs) {
        this.port = port;
        this.logs = logs;
    }

    void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(program, "--host=localhost", "--port=" + port,
                // The embedded server trusts local connections; never wait for a password prompt.
                "--username=postgres", "--no-password"));
        command.addAll(List.of(arguments));
        Path log = logs.resolve(program + ".log");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError(program + " is not on the PATH or cannot run (" + e.getMessage()
                    + "): install the PostgreSQL client programs (apt-get install postgresql-client)", e);
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(program + " did not finish within 2 minutes:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        assertThat(process.exitValue())
                .as(String.join(" ", command) + "\n" + Files.readString(log, StandardCharsets.UTF_8)).isZero();
    }
}
