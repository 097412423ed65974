package backprop.session;

/** How many cells of an attempt reached each {@link Outcome}; {@code total} counts every answerable cell. */
public record Tally(int firstTry, int afterFeedback, int consistent, int shown, int wrong, int unanswered, int total) {

    /**
     * The score line a student reads: "12 right first time · 3 after feedback · 2 shown · of 21". Every
     * outcome that occurred is named, so no mistake hides behind a count of right answers.
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(firstTry).append(" right first time");
        part(sb, afterFeedback, " right after feedback");
        part(sb, consistent, " consistent with an earlier answer");
        part(sb, wrong, " wrong");
        part(sb, shown, " shown");
        return sb.append(" · of ").append(total).toString();
    }

    private static void part(StringBuilder sb, int n, String what) {
        if (n > 0) sb.append(" · ").append(n).append(what);
    }
}
