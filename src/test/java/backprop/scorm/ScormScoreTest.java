package backprop.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.session.Tally;
import org.junit.jupiter.api.Test;

/** The score and status an LMS receives, worked by hand from the counts. */
class ScormScoreTest {

    private static Tally tally(int firstTry, int afterFeedback, int consistent, int shown, int total) {
        return new Tally(firstTry, afterFeedback, consistent, shown, 0, total - firstTry - afterFeedback - consistent - shown, total);
    }

    @Test
    void theScoreIsTheShareOfCreditedCellsWithAtMostTwoDecimals() {
        // 2 of 3 = 66.666…% → 66.67; 1 of 3 = 33.33…% → 33.33; 1 of 8 = 12.5%; 1 of 16 = 6.25%; 1 of 6 = 16.666…% → 16.67
        assertEquals("66.67", ScormScore.raw(ScormScore.hundredths(tally(2, 0, 0, 0, 3), true)));
        assertEquals("33.33", ScormScore.raw(ScormScore.hundredths(tally(1, 0, 0, 0, 3), true)));
        assertEquals("12.5", ScormScore.raw(ScormScore.hundredths(tally(1, 0, 0, 0, 8), true)));
        assertEquals("6.25", ScormScore.raw(ScormScore.hundredths(tally(1, 0, 0, 0, 16), true)));
        assertEquals("16.67", ScormScore.raw(ScormScore.hundredths(tally(1, 0, 0, 0, 6), true)));
        // 1 of 400 = 0.25%; 1 of 1320 = 0.0757…% → 0.08
        assertEquals("0.25", ScormScore.raw(ScormScore.hundredths(tally(1, 0, 0, 0, 400), true)));
        assertEquals("0.08", ScormScore.raw(ScormScore.hundredths(tally(1, 0, 0, 0, 1320), true)));
        assertEquals("0", ScormScore.raw(ScormScore.hundredths(tally(0, 0, 0, 0, 44), true)));
        assertEquals("100", ScormScore.raw(ScormScore.hundredths(tally(44, 0, 0, 0, 44), true)));
    }

    @Test
    void afterFeedbackCountsAsThePackageSaysAndShownCellsNever() {
        // 10 first try, 4 after feedback, 2 consistent, 4 shown, of 20: with after feedback 16/20 = 80 %, without 12/20 = 60 %.
        Tally t = tally(10, 4, 2, 4, 20);
        assertEquals("80", ScormScore.raw(ScormScore.hundredths(t, true)));
        assertEquals("60", ScormScore.raw(ScormScore.hundredths(t, false)));
        // Every cell shown: nothing earned.
        assertEquals("0", ScormScore.raw(ScormScore.hundredths(tally(0, 0, 0, 20, 20), true)));
    }

    @Test
    void theTimeSpentIsATimespanOfHoursMinutesAndSeconds() {
        assertEquals("00:00:00", ScormScore.timespan(0));
        assertEquals("00:00:00", ScormScore.timespan(-5), "a clock set back gives no negative time");
        // 3599 s = 59 min 59 s; 12 h 1 min 1 s = 43261 s; 100 h = 360000 s
        assertEquals("00:59:59", ScormScore.timespan(3599));
        assertEquals("12:01:01", ScormScore.timespan(43261));
        assertEquals("100:00:00", ScormScore.timespan(360000));
        assertEquals("9999:59:59", ScormScore.timespan(Long.MAX_VALUE), "SCORM 1.2 allows four digits of hours");
    }

    @Test
    void theStatusWaitsForTheLastCellThenMeetsTheMasteryScore() {
        assertEquals("incomplete", ScormScore.status(false, 10000, 80));
        assertEquals("completed", ScormScore.status(true, 1234, ScormConfig.NO_MASTERY));
        assertEquals("passed", ScormScore.status(true, 8000, 80));
        assertEquals("failed", ScormScore.status(true, 7999, 80));
        assertEquals("passed", ScormScore.status(true, 0, 0));
    }
}
