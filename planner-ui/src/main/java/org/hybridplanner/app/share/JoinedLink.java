package org.hybridplanner.app.share;

import java.util.UUID;

/** A link opened in the planner by a signed-in user: an edit link now lets them edit {@code planId}. */
public record JoinedLink(ShareAccess access, UUID planId) {
}
