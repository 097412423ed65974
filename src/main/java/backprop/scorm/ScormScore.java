package backprop.scorm;

import backprop.session.Tally;

/**
 * The score, lesson status and time a SCORM 1.2 LMS receives. The score is the share of the cells credited, 0–100 with
 * at most two decimals (Moodle refuses more): right first time, consistent with the student's own earlier slip
 * (the grading rules credit the method), and, as the package says, right after feedback. Shown cells earn nothing.
 * It is worked in hundredths with whole numbers, so 2 of 3 is 66.67 on every platform.
 */
public final class ScormScore {

    private ScormScore() {
    }

    /** The score in hundredths of a percent point, rounded half up: 0 … 10000. */
    public static int hundredths(Tally t, boolean afterFeedback) {
        if (t.total() <= 0) return 0;
        long credited = t.firstTry() + t.consistent() + (afterFeedback ? t.afterFeedback() : 0);
        return (int) ((20000L * credited + t.total()) / (2L * t.total()));
    }

    /** cmi.core.score.raw: 66.67, 50.5, 100, 0. */
    public static String raw(int hundredths) {
        int whole = hundredths / 100;
        int frac = hundredths % 100;
        if (frac == 0) return Integer.toString(whole);
        if (frac % 10 == 0) return whole + "." + frac / 10;
        return whole + (frac < 10 ? ".0" : ".") + frac;
    }

    /** cmi.core.session_time, a SCORM 1.2 timespan HH:MM:SS (at least two digits of hours, at most 9999 hours). */
    public static String timespan(long seconds) {
        long s = Math.max(0, Math.min(seconds, 9999L * 3600 + 3599));
        long h = s / 3600;
        int m = (int) (s / 60 % 60);
        int sec = (int) (s % 60);
        return (h < 10 ? "0" : "") + h + (m < 10 ? ":0" : ":") + m + (sec < 10 ? ":0" : ":") + sec;
    }

    /**
     * cmi.core.lesson_status: incomplete until every cell is answered or shown; then passed or failed against the
     * mastery score (a whole percentage), or completed when the package sets none.
     */
    public static String status(boolean complete, int hundredths, int mastery) {
        if (!complete) return "incomplete";
        if (mastery == ScormConfig.NO_MASTERY) return "completed";
        return hundredths >= mastery * 100 ? "passed" : "failed";
    }
}
