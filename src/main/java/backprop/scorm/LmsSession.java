package backprop.scorm;

import backprop.generate.GeneratorOptions;
import backprop.generate.StudentSeed;
import backprop.session.Attempt;
import backprop.session.Library;
import backprop.session.Opening;
import backprop.session.SavedProgress;
import backprop.session.Session;
import java.util.HashMap;
import java.util.Map;

/**
 * The packaged tutor's side of SCORM 1.2: which exercise the package opens (for a seeded package, the one the
 * student's {@code cmi.core.student_id} derives), the work the LMS kept from an earlier visit, and what the LMS is
 * told after every verdict (score, status, suspend data, then LMSCommit) and on leaving (LMSFinish). Without an LMS
 * the page works as it does on its own and {@link #message} says that nothing is reported. Every decision is here;
 * the page only calls these methods and shows the message.
 */
public final class LmsSession {

    /** Said when the package's scorm-config.js is missing or unreadable: the page then works as the plain site. */
    public static final String NO_CONFIG = "This package's settings (scorm-config.js) are missing or cannot be read, so it"
            + " works as the plain tutor and reports nothing to a course.";

    /** The student id a seeded package uses when no LMS gives one. */
    public static final String SAMPLE_ID = "preview";

    private final LmsApi api;
    private final ScormConfig config;
    private final Map<String, String> sent = new HashMap<>();
    private boolean connected;
    private boolean finished;
    private String studentId = "";
    private String packagedKey;
    private String fingerprint;
    private String message;
    private String keptProblem;
    private int dropped;

    /** api is null when no SCORM API was found around the page. */
    public LmsSession(LmsApi api, ScormConfig config) {
        this.api = api;
        this.config = config;
    }

    /** LMSInitialize, and the student's id; what the student is told follows from how it went. */
    public void start() {
        connected = api != null && api.initialize();
        if (connected) studentId = api.get("cmi.core.student_id");
        if (api == null) {
            message = "Not connected to a course: no learning management system (LMS) was found around this page, so"
                    + " nothing is reported; your answers are kept in this browser only.";
        } else if (!connected) {
            message = "Not connected to a course: the LMS did not start this lesson (LMSInitialize failed), so nothing is"
                    + " reported; your answers are kept in this browser only.";
        }
        if (!connected && config.seeded() != null) {
            message += " With no student id, this is the exercise of the sample id “" + SAMPLE_ID + "”.";
        }
    }

    public boolean connected() {
        return connected;
    }

    /** The seed of this student's exercise in a seeded package: from the LMS's student id, or the sample id. */
    public long seed() {
        Long s = StudentSeed.of(config.course(), studentId);
        return s != null ? s : StudentSeed.of(config.course(), SAMPLE_ID);
    }

    /** Opens the package's exercise. */
    public Opening open(Library library) {
        Opening o;
        if (config.preset() != null) {
            o = library.choose(config.preset());
        } else if (config.exerciseJson() != null) {
            o = library.openFile("exercise.json", config.exerciseJson(), null);
        } else {
            o = library.openSeeded(seed(), GeneratorOptions.parse(config.seeded()));
        }
        if (o.opened() != null) packagedKey = o.opened().progressKey();
        return o;
    }

    /**
     * The session has just installed an exercise. The first time it is the package's, the attempt becomes what the LMS
     * kept (nothing, on a first visit): in a course the LMS's record is the student's, not whatever this browser holds.
     */
    public void installed(Session s) {
        if (fingerprint != null || !packaged(s)) return;
        Attempt a = s.attempt();
        StringBuilder fp = new StringBuilder();
        for (int i = 0; i < a.size(); i++) fp.append(a.id(i)).append('=').append(a.rightAnswer(i)).append(';');
        fingerprint = (SavedProgress.hash(fp.toString()) + "00000000").substring(0, 8);
        if (!connected) return;
        a.reset();
        String problem = SuspendData.decode(api.get("cmi.suspend_data"), fingerprint, a);
        if (problem != null) {
            a.reset();
            keptProblem = "The work your course kept from your last visit " + problem + ", so this exercise starts afresh.";
        }
    }

    /**
     * Tells the LMS where the attempt stands, after a verdict: only the values that changed, then LMSCommit. Nothing is
     * said about another exercise the student opened in the page.
     */
    public void report(Session s) {
        if (!connected || finished || !packaged(s)) return;
        Attempt a = s.attempt();
        int h = ScormScore.hundredths(a.tally(), config.afterFeedback());
        boolean complete = a.complete();
        SuspendData.Encoded kept = SuspendData.encode(a, fingerprint);
        dropped = kept.dropped();
        boolean changed = send("cmi.core.score.min", "0");
        changed |= send("cmi.core.score.max", "100");
        changed |= send("cmi.core.score.raw", ScormScore.raw(h));
        changed |= send("cmi.core.lesson_status", ScormScore.status(complete, h, config.mastery()));
        changed |= send("cmi.suspend_data", kept.text());
        // "suspend" asks the LMS to hand the suspend data back next time; a finished exercise ends normally.
        changed |= send("cmi.core.exit", complete ? "" : "suspend");
        if (changed) api.commit();
    }

    /** The page is being left after this many seconds: the last report, the time spent, then LMSFinish, once. */
    public void leave(Session s, long seconds) {
        if (!connected || finished) return;
        report(s);
        api.set("cmi.core.session_time", ScormScore.timespan(seconds));
        finished = true;
        api.commit();
        api.finish();
    }

    /** What the student should know about the connection, or null when all is well. */
    public String message() {
        String m = message;
        if (keptProblem != null) m = m == null ? keptProblem : m + " " + keptProblem;
        if (dropped > 0) {
            String d = "Your course keeps at most 4,096 characters of your work: " + dropped
                    + (dropped == 1 ? " cell" : " cells") + " could not be kept there, and will be empty (or, past the first thousand or so, shown) when you come back.";
            m = m == null ? d : m + " " + d;
        }
        return m;
    }

    private boolean packaged(Session s) {
        return packagedKey != null && s.opened() != null && packagedKey.equals(s.opened().progressKey());
    }

    private boolean send(String element, String value) {
        if (value.equals(sent.get(element))) return false;
        if (api.set(element, value)) sent.put(element, value);
        return true;
    }
}
