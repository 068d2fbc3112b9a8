package org.hybridplanner.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 against the packaged planner ({@code target/planner.jar}, built by {@code package} before Failsafe runs),
 * as a child process on loopback: saves acknowledged before a SIGKILL are all there after the restart, and an ETag
 * from before the crash never overwrites a later change.
 */
class SaveCrashIT {
    private static final Path JAR = Path.of("target", "planner.jar");

    @TempDir
    Path workspace;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void everySaveAcknowledgedBeforeSigkillIsThereAfterTheRestartAndItsEtagIsNeverAcceptedAgain() throws Exception {
        assertThat(JAR).as("the packaged planner").isRegularFile();

        CrashCheck.Report report = CrashCheck.run(JAR, workspace.resolve("data"), List.of(), 3,
                Duration.ofSeconds(3), Duration.ofSeconds(4));

        assertThat(report.exitStatus()).as("exit status of the killed planner: 128 + SIGKILL").isEqualTo(137);
        assertThat(report.acknowledged()).as("saves acknowledged before the kill").isGreaterThanOrEqualTo(30);
        assertThat(report.problems()).isEmpty();
        assertThat(report.lost()).as("acknowledged saves missing after the restart").isZero();
        assertThat(report.staleTagsChecked()).isGreaterThanOrEqualTo(3);
        assertThat(report.staleTagsAccepted()).as("pre-crash ETags that overwrote a later change").isZero();
    }
}
