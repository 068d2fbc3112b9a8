package org.hybridplanner.app.plan;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The crash of issue 9, run against the packaged planner: on a fresh data directory, several API clients save their
 * own plans in a loop; in the middle of the burst the server is killed with SIGKILL; it is started again on the same
 * data directory, and every save it acknowledged before the kill is looked for. Then another client changes each
 * plan (as often as it takes to reach the highest version number acknowledged before the crash, so that a reused
 * number would come round again) and each writer sends its last pre-crash ETags, which must all be refused.
 */
final class CrashCheck {
    private static final int STALE_TAGS_PER_WRITER = 10;

    private CrashCheck() {
    }

    /** What one crash showed. {@code savesPerSecond} is the rate of acknowledged saves of all writers together. */
    record Report(double savesPerSecond, int acknowledged, int lost, int staleTagsChecked, int staleTagsAccepted,
            int exitStatus, List<String> problems) {
    }

    static Report run(Path jar, Path dataDir, List<String> options, int writerCount, Duration warmUp,
            Duration measured) throws IOException, InterruptedException {
        String token = PackagedPlanner.issueToken(jar, dataDir, options);
        List<SaveWriter> writers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        double savesPerSecond;
        int exitStatus;
        try (PackagedPlanner planner = PackagedPlanner.start(jar, dataDir, options)) {
            PlanApi api = new PlanApi(planner.baseUrl(), token);
            for (int i = 1; i <= writerCount; i++) {
                String prefix = "Writer " + i;
                writers.add(new SaveWriter(api, api.create(PlanApi.examplePlanNamed(prefix)), prefix));
            }
            for (SaveWriter writer : writers) {
                threads.add(Thread.ofPlatform().name("save-writer").start(writer));
            }
            Thread.sleep(warmUp);
            int before = acknowledged(writers);
            long start = System.nanoTime();
            Thread.sleep(measured);
            int after = acknowledged(writers);
            savesPerSecond = (after - before) / ((System.nanoTime() - start) / 1e9);
            exitStatus = planner.kill();  // mid-burst: every writer has a save in flight
        } finally {
            writers.forEach(SaveWriter::stop);
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(60));
            }
        }
        try (PackagedPlanner restarted = PackagedPlanner.start(jar, dataDir, options)) {
            return afterRestart(new PlanApi(restarted.baseUrl(), token), writers, savesPerSecond, exitStatus);
        }
    }

    private static Report afterRestart(PlanApi api, List<SaveWriter> writers, double savesPerSecond, int exitStatus)
            throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        int acknowledged = 0;
        int lost = 0;
        int staleChecked = 0;
        int staleAccepted = 0;
        for (SaveWriter writer : writers) {
            if (writer.refusal() != null) {
                problems.add(writer.refusal());
            }
            List<SaveWriter.Save> saves = writer.acknowledged();
            acknowledged += saves.size();
            if (saves.isEmpty()) {
                problems.add("no save of plan " + writer.planId() + " was acknowledged before the kill");
                continue;
            }
            // Every API save is its own history entry after the one the plan was created with.
            int lostHere = Math.max(0, 1 + saves.size() - api.historySize(writer.planId()));
            HttpResponse<String> current = api.get(writer.planId());
            String name = PlanApi.nameOf(current.body());
            String lastName = saves.getLast().name();
            if (!name.equals(lastName) && !name.equals(writer.lastAttemptedName())) {
                problems.add("plan " + writer.planId() + " is '" + name + "' after the restart; the last acknowledged"
                        + " save was '" + lastName + "'");
                lostHere = Math.max(lostHere, 1);
            }
            lost += lostHere;
            reachVersion(api, writer.planId(), current.headers().firstValue("ETag").orElseThrow(),
                    saves.getLast().acknowledged().version());
            for (SaveWriter.Save stale : saves.subList(Math.max(0, saves.size() - STALE_TAGS_PER_WRITER),
                    saves.size())) {
                HttpResponse<String> overwrite = api.put(writer.planId(), stale.acknowledged().etag(),
                        PlanApi.examplePlanNamed("Overwrite from before the crash"));
                staleChecked++;
                if (overwrite.statusCode() == 200) {
                    staleAccepted++;
                    problems.add("the pre-crash ETag " + stale.acknowledged().etag() + " of plan " + writer.planId()
                            + " overwrote a change made after the restart");
                } else if (overwrite.statusCode() != 412) {
                    problems.add("the pre-crash ETag " + stale.acknowledged().etag() + " answered "
                            + overwrite.statusCode() + " instead of 412: " + overwrite.body());
                }
            }
        }
        return new Report(savesPerSecond, acknowledged, lost, staleChecked, staleAccepted, exitStatus,
                List.copyOf(problems));
    }

    /**
     * Another client changes the plan at least once, and again until its version number is at least {@code version}:
     * a number that a lost save had handed out before the crash is then handed out again, if numbers are reused.
     */
    private static void reachVersion(PlanApi api, String planId, String etag, long version)
            throws IOException, InterruptedException {
        String current = etag;
        for (int change = 1; change <= version + 1; change++) {
            HttpResponse<String> saved = api.put(planId, current, PlanApi.examplePlanNamed("After the restart "
                    + change));
            if (saved.statusCode() != 200) {
                throw new IllegalStateException("a save after the restart answered " + saved.statusCode() + ": "
                        + saved.body());
            }
            PlanApi.Acknowledged ack = PlanApi.acknowledged(saved);
            if (ack.version() >= version) {
                return;
            }
            current = ack.etag();
        }
    }

    private static int acknowledged(List<SaveWriter> writers) {
        return writers.stream().mapToInt(SaveWriter::acknowledgedCount).sum();
    }
}
