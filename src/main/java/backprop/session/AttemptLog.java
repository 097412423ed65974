package backprop.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the student did to an attempt, in order, with the time of each step: the history an attempt file carries so
 * that a gradebook can replay it through {@link Attempt} and reach every outcome itself, instead of trusting the
 * verdicts the file states. An attempt only keeps its present state (what is typed now, which cells had feedback), so
 * the log starts from a {@link #start} state: the work restored from the browser's storage when the exercise was
 * opened (empty for a fresh one), after which every answer, "Show answer" and "Show all answers" is a step.
 */
public final class AttemptLog {

    /** Where the time of a step comes from; epoch milliseconds. */
    public interface Clock {
        long now();
    }

    /**
     * One step: {@code typed} is the text entered in {@code cell} ("" when it was cleared) for an answer; for a
     * "Show answer" it is null and {@code show} is true; "Show all answers" has no cell. {@code outcome} is the
     * cell's outcome right after the step (null for "Show all answers").
     */
    public static final class Step {
        private final String cell;
        private final String typed;
        private final boolean show;
        private final long at;
        private final Outcome outcome;

        public Step(String cell, String typed, boolean show, long at, Outcome outcome) {
            this.cell = cell;
            this.typed = typed;
            this.show = show;
            this.at = at;
            this.outcome = outcome;
        }

        public String cell() {
            return cell;
        }

        public String typed() {
            return typed;
        }

        public boolean show() {
            return show;
        }

        public long at() {
            return at;
        }

        public Outcome outcome() {
            return outcome;
        }

        public boolean showAll() {
            return cell == null;
        }
    }

    private final List<Step> steps = new ArrayList<>();
    private Map<String, String> startAnswers = new HashMap<>();
    private List<String> startShown = new ArrayList<>();
    private List<String> startFeedback = new ArrayList<>();
    private Clock clock;

    /** A log whose times come from {@code clock} (null: the system's clock). */
    public AttemptLog(Clock clock) {
        this.clock = clock;
    }

    /** Forgets every step and starts from the attempt's present state. */
    public void start(Attempt a) {
        steps.clear();
        startAnswers = new HashMap<>();
        for (int i = 0; i < a.size(); i++) if (a.typed(i) != null) startAnswers.put(a.id(i), a.typed(i));
        startShown = a.shownIds();
        startFeedback = a.feedbackIds();
    }

    /** Starts from a given state, as an attempt file states it. */
    public void start(Map<String, String> answers, List<String> shown, List<String> feedback) {
        steps.clear();
        startAnswers = new HashMap<>(answers);
        startShown = new ArrayList<>(shown);
        startFeedback = new ArrayList<>(feedback);
    }

    public void answered(String cell, String typed, Outcome after) {
        steps.add(new Step(cell, typed == null ? "" : typed, false, now(), after));
    }

    public void shown(String cell) {
        steps.add(new Step(cell, null, true, now(), Outcome.SHOWN));
    }

    public void shownAll() {
        steps.add(new Step(null, null, true, now(), null));
    }

    /** A step as a file records it (its time and outcome given). */
    public void add(Step s) {
        steps.add(s);
    }

    // The lists are handed out as they are (no unmodifiable views: each is more code in the page); callers only read them.

    public List<Step> steps() {
        return steps;
    }

    public Map<String, String> startAnswers() {
        return startAnswers;
    }

    public List<String> startShown() {
        return startShown;
    }

    public List<String> startFeedback() {
        return startFeedback;
    }

    /** Whether the log starts from work done before (a reload), not from an empty attempt. */
    public boolean startsFromSavedWork() {
        return !startAnswers.isEmpty() || !startShown.isEmpty() || !startFeedback.isEmpty();
    }

    public long now() {
        return clock == null ? System.currentTimeMillis() : clock.now();
    }
}
