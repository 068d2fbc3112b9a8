package org.hybridplanner.app.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The documents of a plan's recent saves, by revision: what a merge through the API names as its base (an ETag). The
 * version history folds autosaves together, so it cannot answer for every ETag; this keeps the newest
 * {@link #KEPT} saves of each plan, in the transaction of the save itself.
 */
@Component
class SaveBases {
    /** Saves kept per plan: an API client whose base is older than this many saves merges again from a GET. */
    static final int KEPT = 100;

    private final JdbcClient jdbc;

    SaveBases(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    void saved(UUID planId, UUID revision, long version, String document, Instant at) {
        jdbc.sql("insert into plan_revision (plan_id, revision, version, document, saved_at) values (?, ?, ?, ?, ?)")
                .params(planId, revision, version, document, Timestamp.from(at)).update();
        jdbc.sql("delete from plan_revision where plan_id = ? and version <= ?").params(planId, version - KEPT)
                .update();
    }

    /** The document of the save that made {@code version} with {@code revision}, if it is still kept. */
    Optional<String> document(UUID planId, long version, UUID revision) {
        return jdbc.sql("select document from plan_revision where plan_id = ? and revision = ? and version = ?")
                .params(planId, revision, version).query(String.class).optional();
    }
}
