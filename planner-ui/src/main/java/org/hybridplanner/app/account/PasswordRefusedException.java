package org.hybridplanner.app.account;

/** A password change refused, naming the field at fault so that the form can show the problem on it. */
public class PasswordRefusedException extends IllegalArgumentException {
    /** The field of the change-password form a refusal is about. */
    public enum Field {
        CURRENT("Current password"), NEW("New password");

        private final String label;

        Field(String label) {
            this.label = label;
        }
    }

    private final Field field;
    private final String problem;

    PasswordRefusedException(Field field, String problem) {
        super(field.label + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public Field field() {
        return field;
    }

    /** What is wrong, without the field's name (the form shows it on the field). */
    public String problem() {
        return problem;
    }
}
