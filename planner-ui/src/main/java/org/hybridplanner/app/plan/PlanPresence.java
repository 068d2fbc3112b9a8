package org.hybridplanner.app.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hybridplanner.app.account.CurrentAccount;
import org.hybridplanner.app.account.SignedInAccount;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has a plan open in the editor. Each open editor beats every few seconds ({@link #beat}); an editor whose last
 * beat is older than {@link #STALE} is gone (a closed tab, a stopped instance). The beats live in the database, so
 * every instance on it sees every editor. Only accounts are named: a view link's page is not an editor and is not
 * listed.
 */
@Service
public class PlanPresence {
    /** How often an open editor beats. */
    public static final Duration BEAT = Duration.ofSeconds(5);
    /** A beat older than this no longer counts: three beats missed. */
    static final Duration STALE = BEAT.multipliedBy(3);

    private final JdbcClient jdbc;
    private final StoredPlanRepository plans;
    private final EditGrantRepository grants;
    private final CurrentAccount currentAccount;
    private final Clock clock;

    PlanPresence(DataSource dataSource, StoredPlanRepository plans, EditGrantRepository grants,
            CurrentAccount currentAccount, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.plans = plans;
        this.grants = grants;
        this.currentAccount = currentAccount;
        this.clock = clock;
    }

    /**
     * Records that the caller's editor {@code editorKey} has the plan open, and answers who else has it open: the
     * other editors' account names, sorted, the caller's own name once when it has the plan open in another
     * window too.
     */
    @Transactional
    public List<String> beat(UUID planId, String editorKey) {
        SignedInAccount account = currentAccount.require();
        Instant now = clock.instant();
        if (!mayEdit(planId, account.accountId(), now)) {
            throw new PlanNotFoundException(planId);
        }
        int updated = jdbc.sql("update plan_presence set seen_at = ?, username = ? "
                + "where plan_id = ? and editor_key = ?")
                .params(Timestamp.from(now), account.getUsername(), planId, editorKey).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into plan_presence (plan_id, editor_key, username, seen_at) values (?, ?, ?, ?)")
                        .params(planId, editorKey, account.getUsername(), Timestamp.from(now)).update();
            } catch (DuplicateKeyException sameEditorMeanwhile) {
                // The same editor beat twice at once: one row is all it needs.
            }
        }
        jdbc.sql("delete from plan_presence where seen_at < ?").param(Timestamp.from(now.minus(STALE.multipliedBy(4))))
                .update();
        return jdbc.sql("select distinct username from plan_presence where plan_id = ? and editor_key <> ? "
                + "and seen_at >= ? order by username")
                .params(planId, editorKey, Timestamp.from(now.minus(STALE))).query(String.class).list();
    }

    /** The editor closed: it is no longer listed, at once rather than after {@link #STALE}. */
    @Transactional
    public void left(UUID planId, String editorKey) {
        jdbc.sql("delete from plan_presence where plan_id = ? and editor_key = ?").params(planId, editorKey)
                .update();
    }

    private boolean mayEdit(UUID planId, long accountId, Instant now) {
        return plans.findById(planId).filter(plan -> plan.ownerId() == accountId
                || grants.isActive(planId, accountId, now)).isPresent();
    }
}
