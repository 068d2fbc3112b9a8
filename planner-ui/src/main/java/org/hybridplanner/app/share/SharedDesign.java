package org.hybridplanner.app.share;

import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;

/** What a link holder receives: the plan (latest or pinned version), its recommendation, and how it is shared. */
public record SharedDesign(Plan plan, Recommendation recommendation, String author, String versionLabel,
        ShareAccess access) {
}
