package backprop.session;

/**
 * How a cell of the student's attempt was reached, the unit of an honest score. A value the tutor
 * revealed (in a wrong or consistent verdict, or by "Show answer") and then typed back is not first-try work.
 */
public enum Outcome {
    FIRST_TRY("first-try"),
    AFTER_FEEDBACK("after-feedback"),
    CONSISTENT("consistent"),
    SHOWN("shown"),
    WRONG("wrong"),
    UNANSWERED("unanswered");

    private final String key;

    Outcome(String key) {
        this.key = key;
    }

    /** The page's data-outcome value and the attempt file's name for it. */
    public String key() {
        return key;
    }
}
