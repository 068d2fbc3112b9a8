package org.hybridplanner.app.share;

/** What a share link lets its holder do. */
public enum ShareAccess {
    /** Anyone holding the link, without an account, sees the design and downloads its documents. */
    VIEW("Anyone with this link can see the plan, its design and rule tables, and download the PDF, CSV and "
            + "scripts, without signing in. They cannot change anything.");

    private final String holderCan;

    ShareAccess(String holderCan) {
        this.holderCan = holderCan;
    }

    /** Plain words for the share dialog: what anyone holding such a link can do. */
    public String holderCan() {
        return holderCan;
    }
}
