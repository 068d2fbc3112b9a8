package org.hybridplanner.app.share;

/**
 * An edit link was used where only view links work (the anonymous page or the link-holder API). Edit links open the
 * plan in the planner for signed-in users and show nothing anonymously; the page answers with a redirect to the
 * planner's edit-link address, the API with 403.
 */
public class EditLinkNeedsSignInException extends RuntimeException {
    private final String plannerPath;

    EditLinkNeedsSignInException(String plannerPath) {
        super("This is an edit link: open it in the planner and sign in");
        this.plannerPath = plannerPath;
    }

    /** Where the planner opens this link, relative to the planner (holds the secret: never log it). */
    public String plannerPath() {
        return plannerPath;
    }
}
