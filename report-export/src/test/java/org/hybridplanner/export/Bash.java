package org.hybridplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a generated bash script with the cloud CLI replaced by a fake that records its arguments, one call per
 * line, so tests see exactly what the real CLI would receive. The fake answers queries with nothing.
 */
final class Bash {
    private Bash() {
    }

    static List<String> runWithFakeCli(Path script, String cli, Path workDir) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(workDir.resolve("fake-bin-" + cli));
        Path log = workDir.resolve(cli + "-calls-" + script.getFileName() + ".log");
        Files.deleteIfExists(log);
        Path fake = bin.resolve(cli);
        Files.writeString(fake, "#!/usr/bin/env bash\nprintf '%s' \"$*\" >> \"$FAKE_CLI_LOG\"\nprintf '\\n' >> "
                + "\"$FAKE_CLI_LOG\"\nexit 0\n");
        fake.toFile().setExecutable(true);
        Process syntax = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        String syntaxOutput = new String(syntax.getInputStream().readAllBytes());
        assertThat(syntax.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(syntax.exitValue()).as("bash -n: " + syntaxOutput).isZero();
        ProcessBuilder builder = new ProcessBuilder("bash", script.toAbsolutePath().toString())
                .redirectErrorStream(true).directory(workDir.toFile());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("FAKE_CLI_LOG", log.toString());
        builder.environment().put("RESOURCE_GROUP", "rg-test");
        for (int i = 0; i < 4; i++) {
            builder.environment().putIfAbsent("UNUSED_" + i, "");
        }
        builder.environment().keySet().removeIf(key -> key.startsWith("SECURITY_GROUP_"));
        Process run = builder.start();
        String output = new String(run.getInputStream().readAllBytes());
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        if (run.exitValue() != 0 && output.contains("SECURITY_GROUP_")) {
            // The AWS script refuses to run without security group ids: give each one and run again.
            for (String line : Files.readAllLines(script)) {
                if (line.startsWith(": \"${SECURITY_GROUP_")) {
                    String variable = line.substring(5, line.indexOf(':', 5));
                    builder.environment().put(variable, "sg-0123456789abcdef0");
                }
            }
            run = builder.start();
            output = new String(run.getInputStream().readAllBytes());
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(workDir.resolve("INJECTED")).as("a plan value was executed").doesNotExist();
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }
}
