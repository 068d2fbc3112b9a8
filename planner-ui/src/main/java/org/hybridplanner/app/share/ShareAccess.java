package org.hybridplanner.app.share;

/** What a share link lets its holder do. */
public enum ShareAccess {
    /** Anyone holding the link, without an account, sees the design and downloads its documents. */
    VIEW("Anyone with this link can see the plan, its design and rule tables, and download the PDF, CSV and "
            + "scripts, without signing in. They cannot change anything.", "shared/"),
    /**
     * A signed-in user of this planner who opens the link may edit the plan in the planner, as the owner does
     * (history, conflicts and all), for as long as the link lives. Without an account the link shows nothing.
     */
    EDIT("Anyone with an account on this planner who opens this link can edit the plan, save versions and restore "
            + "old ones, until the link expires or you revoke it. They cannot delete the plan or share it further. "
            + "Without signing in, the link shows nothing.", "edit-link/");

    private final String holderCan;
    private final String pathPrefix;

    ShareAccess(String holderCan, String pathPrefix) {
        this.holderCan = holderCan;
        this.pathPrefix = pathPrefix;
    }

    /** The link's address relative to the planner: the stateless page for view links, the editor for edit links. */
    public String path(String token) {
        return pathPrefix + token;
    }

    /** Plain words for the share dialog: what anyone holding such a link can do. */
    public String holderCan() {
        return holderCan;
    }
}
