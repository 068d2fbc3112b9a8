package org.hybridplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code token --user NAME} against a real (embedded) database, with the application started without web server. */
class TokenCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PlannerCommandLine commandLine = PlannerCommandLine.standard(new CliConsole(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));

    @Test
    void printsANewTokenForAnExistingAccountAndRefusesAnUnknownOne() throws Exception {
        Path dataDir = Files.createTempDirectory("planner-token");
        String[] database = {"--planner.data-dir=" + dataDir, "--PLANNER_ADMIN_PASSWORD=token-test-admin-password"};

        int code = commandLine.run(new String[] {"token", "--user", "admin", "--label", "ci", database[0],
                database[1]});

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).matches("htp_[A-Za-z0-9_-]{43}");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("shown only now");

        out.reset();
        err.reset();
        assertThat(commandLine.run(new String[] {"token", "--user", "nobody", database[0], database[1]}))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no account named 'nobody'");
    }

    @Test
    void worksWithSingleSignOnConfiguredWithoutReachingTheProvider() throws Exception {
        Path dataDir = Files.createTempDirectory("planner-token-sso");

        int code = commandLine.run(new String[] {"token", "--user", "admin", "--planner.data-dir=" + dataDir,
                "--PLANNER_ADMIN_PASSWORD=token-test-admin-password",
                "--planner.sso.issuer-uri=http://127.0.0.1:9/unreachable", "--planner.sso.client-id=planner"});

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).matches("htp_[A-Za-z0-9_-]{43}");
    }

    @Test
    void explainsThatARunningPlannerHoldsTheEmbeddedDatabase() throws Exception {
        // What Spring reports when H2's file is locked by the running server (checked by hand against a real one).
        TokenCommand command = new TokenCommand(arguments -> {
            throw new IllegalStateException("Error creating bean 'flywayInitializer'", new SQLException(
                    "Database may be already in use: \"/data/planner.mv.db\"", "90020", 90020));
        });
        CliConsole console = new CliConsole(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(command.run(List.of("--user", "admin"), console)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("stop the running planner first")
                .doesNotContain("BeanCreationException").doesNotContain("flywayInitializer");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void needsAUser() {
        assertThat(commandLine.run(new String[] {"token"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing --user");
    }
}
