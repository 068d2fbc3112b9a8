package org.hybridplanner.app.base;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;
import org.hybridplanner.export.ExportFormat;
import org.hybridplanner.model.PlanReadResult;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * The planner's own figures, next to the JVM's and the web server's at {@code /actuator/prometheus} (the names and
 * their meaning are listed in docs/deployment.md). The features call it at the one place where each thing happens;
 * sign-in failures arrive as Spring Security's events, so that every way of signing in is counted. Meters with a
 * fixed set of tags are registered up front, so that a dashboard sees a zero rather than no series.
 */
@Component
public class PlannerMetrics {
    private final MeterRegistry registry;
    private final Timer recommendations;
    private final Counter saves;
    private final Counter conflicts;
    private final Counter viewLinkUses;
    private final Counter editLinkUses;
    private final Counter signInFailures;
    private final Timer validImports;
    private final Timer invalidImports;

    PlannerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.recommendations = Timer.builder("planner.recommendations")
                .description("Engine runs: a plan validated and its design recommended").register(registry);
        this.saves = saves("saved");
        this.conflicts = saves("conflict");
        this.viewLinkUses = linkUses("view");
        this.editLinkUses = linkUses("edit");
        this.signInFailures = Counter.builder("planner.sign.in.failures")
                .description("Sign-ins refused: wrong password, unknown or disabled account").register(registry);
        this.validImports = imports("valid");
        this.invalidImports = imports("invalid");
        for (Limit limit : Limit.values()) {
            limitCounter(limit);
        }
    }

    /** Runs the engine and records how long it took. */
    public <T> T recommendation(Supplier<T> engineRun) {
        return recommendations.record(engineRun);
    }

    /** A plan change stored (autosave, named version, restore, rename, API update). */
    public void planSaved() {
        saves.increment();
    }

    /** A save refused because someone else saved the plan since it was opened. */
    public void planConflict() {
        conflicts.increment();
    }

    /** A share link opened: a shared page, a link holder's API call or download, or an edit link joined. */
    public void shareLinkUsed(boolean editLink) {
        (editLink ? editLinkUses : viewLinkUses).increment();
    }

    /** Reads a plan document (a file import in the planner, a plan in an API request) and records its time. */
    public PlanReadResult planRead(Supplier<PlanReadResult> read) {
        Timer.Sample sample = Timer.start(registry);
        PlanReadResult result = read.get();
        sample.stop(result.isValid() ? validImports : invalidImports);
        return result;
    }

    /** Writes an export and records its time per format. */
    public void export(ExportFormat format, ExportWriting writing) throws IOException {
        Timer.Sample sample = Timer.start(registry);
        try {
            writing.write();
        } finally {
            sample.stop(Timer.builder("planner.exports").description("Design exports written, by format")
                    .tag("format", format.cliName()).register(registry));
        }
    }

    /** A request refused because a limit was reached. */
    void limitHit(Limit limit) {
        limitCounter(limit).increment();
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        signInFailures.increment();
    }

    private Counter saves(String outcome) {
        return Counter.builder("planner.plan.saves").description("Plan saves, by outcome").tag("outcome", outcome)
                .register(registry);
    }

    private Counter linkUses(String access) {
        return Counter.builder("planner.share.link.uses").description("Share links used, by the link's access")
                .tag("access", access).register(registry);
    }

    private Timer imports(String outcome) {
        return Timer.builder("planner.imports").description("Plan documents read (file imports, API bodies)")
                .tag("outcome", outcome).register(registry);
    }

    private Counter limitCounter(Limit limit) {
        return Counter.builder("planner.limits.hit").description("Requests refused because a limit was reached")
                .tag("limit", limit.name().toLowerCase(Locale.ROOT).replace('_', '-')).register(registry);
    }

    /** The limits a request can meet. */
    enum Limit {
        /** Too many wrong passwords from one address: sign-in attempts are turned away for a while. */
        SIGN_IN,
        /** Too many requests (429): unknown share links guessed, or a request rate. */
        TOO_MANY_REQUESTS,
        /** A request body over its size limit (413). */
        BODY_SIZE
    }

    /** An export's writing, which may fail with an I/O error. */
    @FunctionalInterface
    public interface ExportWriting {
        void write() throws IOException;
    }
}
