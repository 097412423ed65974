package backprop.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.export.JavaLinkCodec;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.generate.StudentSeed;
import backprop.session.Attempt;
import backprop.session.Outcome;
import backprop.session.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the packaged page tells the LMS, and when, against a fake LMS that records every call. */
class LmsSessionTest {

    private static final ScormConfig WORKSHEET_004 = new ScormConfig("004-relu-231", null, null, null, 80, true);

    /** The page's start-up in a package: find the LMS, open the package's exercise, install it, report. */
    private static LmsSession launch(FakeLms lms, ScormConfig config, Session s) {
        LmsSession l = new LmsSession(lms, config);
        l.start();
        s.install(l.open(s.library()));
        l.installed(s);
        l.report(s);
        return l;
    }

    private static Session session() {
        return new Session(new MemoryStore(), JavaLinkCodec.INSTANCE);
    }

    @Test
    void theStartSaysIncompleteWithAScoreOfZeroOutOf100() {
        FakeLms lms = new FakeLms().with("cmi.core.student_id", "s123");
        Session s = session();
        LmsSession l = launch(lms, WORKSHEET_004, s);
        assertTrue(l.connected());
        assertNull(l.message());
        assertEquals("004-relu-231", s.opened().entry());
        assertEquals(List.of("LMSInitialize", "LMSGetValue cmi.core.student_id", "LMSGetValue cmi.suspend_data",
                "LMSSetValue cmi.core.score.min=0", "LMSSetValue cmi.core.score.max=100", "LMSSetValue cmi.core.score.raw=0",
                "LMSSetValue cmi.core.lesson_status=incomplete", "LMSSetValue cmi.suspend_data=" + lms.data.get("cmi.suspend_data"),
                "LMSSetValue cmi.core.exit=suspend", "LMSCommit"), lms.calls);
        assertEquals(10, lms.data.get("cmi.suspend_data").length(), "b1 and the fingerprint, nothing done yet");
    }

    @Test
    void eachVerdictSendsWhatChangedThenCommits() {
        FakeLms lms = new FakeLms();
        Session s = session();
        LmsSession l = launch(lms, WORKSHEET_004, s);
        lms.calls.clear();
        s.answer("yhat.0", "-1");
        l.report(s);
        // 1 of worksheet 004's 44 cells: 100/44 = 2.2727… → 2.27
        assertEquals(List.of("LMSSetValue cmi.core.score.raw=2.27", "LMSSetValue cmi.suspend_data=" + lms.data.get("cmi.suspend_data"),
                "LMSCommit"), lms.calls);
        assertTrue(lms.data.get("cmi.suspend_data").endsWith("9=2:-1"));
        lms.calls.clear();
        l.report(s);
        assertEquals(List.of(), lms.calls, "nothing changed, nothing sent, no commit");
    }

    @Test
    void everyCellRightPassesAndEndsTheLessonNormally() {
        FakeLms lms = new FakeLms();
        Session s = session();
        LmsSession l = launch(lms, WORKSHEET_004, s);
        Attempt a = s.attempt();
        for (int i = 0; i < a.size(); i++) s.answer(a.id(i), a.rightAnswer(i));
        l.report(s);
        assertEquals("100", lms.data.get("cmi.core.score.raw"));
        assertEquals("passed", lms.data.get("cmi.core.lesson_status"));
        assertEquals("", lms.data.get("cmi.core.exit"));
        lms.calls.clear();
        l.leave(s, 125);
        l.leave(s, 130);
        // 125 s = 2 min 5 s
        assertEquals(List.of("LMSSetValue cmi.core.session_time=00:02:05", "LMSCommit", "LMSFinish"), lms.calls,
                "the time spent, committed, then the end: once");
        l.report(s);
        assertEquals("LMSFinish", lms.calls.get(lms.calls.size() - 1), "nothing is sent after LMSFinish");
    }

    @Test
    void belowTheMasteryScoreFailsOnceEveryCellIsSettled() {
        FakeLms lms = new FakeLms();
        Session s = session();
        LmsSession l = launch(lms, WORKSHEET_004, s);
        s.answer("yhat.0", "-1");
        s.showAll();
        l.report(s);
        // 1 right of 44, 43 shown: 2.27 < 80
        assertEquals("2.27", lms.data.get("cmi.core.score.raw"));
        assertEquals("failed", lms.data.get("cmi.core.lesson_status"));
    }

    @Test
    void withoutAMasteryScoreAFinishedLessonIsCompleted() {
        FakeLms lms = new FakeLms();
        Session s = session();
        LmsSession l = launch(lms, new ScormConfig("004-relu-231", null, null, null, ScormConfig.NO_MASTERY, true), s);
        s.showAll();
        l.report(s);
        assertEquals("completed", lms.data.get("cmi.core.lesson_status"));
        assertEquals("0", lms.data.get("cmi.core.score.raw"));
    }

    @Test
    void theNextVisitResumesFromWhatTheLmsKeptInAnotherBrowser() {
        FakeLms lms = new FakeLms();
        Session s = session();
        LmsSession l = launch(lms, WORKSHEET_004, s);
        s.answer("yhat.0", "-1");
        s.answer("z2.0", "3");
        s.answer("z2.0", "-1");
        s.show("W2.0.0");
        l.leave(s, 60);

        FakeLms next = new FakeLms().with("cmi.suspend_data", lms.data.get("cmi.suspend_data")).with("cmi.core.entry", "resume");
        Session other = session();
        launch(next, WORKSHEET_004, other);
        Attempt a = other.attempt();
        assertEquals(Outcome.FIRST_TRY, a.outcome(a.indexOf("yhat.0")));
        assertEquals(Outcome.AFTER_FEEDBACK, a.outcome(a.indexOf("z2.0")));
        assertEquals(Outcome.SHOWN, a.outcome(a.indexOf("W2.0.0")));
        // 2 credited (first try and after feedback) of 44: 4.545… → 4.55, the same as before leaving
        assertEquals("4.55", next.data.get("cmi.core.score.raw"));
    }

    @Test
    void inACourseTheLmsRecordWinsOverThisBrowsersStorage() {
        MemoryStore store = new MemoryStore();
        Session before = new Session(store, JavaLinkCodec.INSTANCE);
        before.install(before.library().choose("004-relu-231"));
        before.answer("yhat.0", "-1");
        before.flush();
        // Another student on the same computer, a first visit in the LMS:
        Session s = new Session(store, JavaLinkCodec.INSTANCE);
        launch(new FakeLms(), WORKSHEET_004, s);
        assertTrue(s.attempt().answers().isEmpty());
    }

    @Test
    void keptWorkThatCannotBeReadIsSaidAndTheExerciseStartsAfresh() {
        Session s = session();
        LmsSession l = launch(new FakeLms().with("cmi.suspend_data", "<b>nonsense"), WORKSHEET_004, s);
        assertEquals("The work your course kept from your last visit could not be read, so this exercise starts afresh.", l.message());
        assertTrue(s.attempt().answers().isEmpty());
    }

    @Test
    void withoutAnLmsThePageWorksAndSaysNothingIsReported() {
        Session s = session();
        LmsSession l = new LmsSession(null, WORKSHEET_004);
        l.start();
        s.install(l.open(s.library()));
        l.installed(s);
        s.answer("yhat.0", "-1");
        l.report(s);
        l.leave(s, 60);
        assertFalse(l.connected());
        assertEquals("004-relu-231", s.opened().entry());
        assertTrue(l.message().startsWith("Not connected to a course: no learning management system (LMS) was found"), l.message());
    }

    @Test
    void anLmsThatRefusesToStartGetsNoValues() {
        FakeLms lms = new FakeLms();
        lms.accepts = false;
        LmsSession l = launch(lms, WORKSHEET_004, session());
        assertEquals(List.of("LMSInitialize"), lms.calls);
        assertTrue(l.message().contains("LMSInitialize failed"), l.message());
    }

    @Test
    void anotherExerciseOpenedInThePageIsNotReported() {
        FakeLms lms = new FakeLms();
        Session s = session();
        LmsSession l = launch(lms, WORKSHEET_004, s);
        s.install(s.library().choose("002-scalar-chain"));
        l.installed(s);
        lms.calls.clear();
        s.answer(s.attempt().id(0), "1");
        l.report(s);
        assertEquals(List.of(), lms.calls);
    }

    @Test
    void aSeededPackageGivesEachStudentIdItsOwnExerciseAndTheSameIdTheSameOne() {
        ScormConfig seeded = new ScormConfig(null, null, "2-3-1,relu,linear", "ML101", 80, true);
        GeneratorOptions choices = GeneratorOptions.parse("2-3-1,relu,linear");
        Session a = session();
        LmsSession la = launch(new FakeLms().with("cmi.core.student_id", "S123 "), seeded, a);
        Session b = session();
        LmsSession lb = launch(new FakeLms().with("cmi.core.student_id", "s123"), seeded, b);
        Session c = session();
        LmsSession lc = launch(new FakeLms().with("cmi.core.student_id", "s124"), seeded, c);
        long seed = StudentSeed.of("ML101", "s123");
        assertEquals(seed, la.seed());
        assertEquals(seed, lb.seed());
        assertEquals(ExerciseGenerator.generate(seed, choices).title(), a.opened().solution().exercise().title());
        assertEquals(a.opened().progressKey(), b.opened().progressKey());
        assertNotEquals(a.opened().progressKey(), c.opened().progressKey());
        assertNotEquals(la.seed(), lc.seed());

        LmsSession alone = new LmsSession(null, seeded);
        alone.start();
        assertEquals((long) StudentSeed.of("ML101", LmsSession.SAMPLE_ID), alone.seed());
        assertTrue(alone.message().endsWith("this is the exercise of the sample id “preview”."), alone.message());
    }

    @Test
    void aPackagedFileOpensAsAFile() {
        String json = backprop.exercise.ExerciseWriter.write(backprop.exercise.Presets.byId("002-scalar-chain").exercise(), false);
        Session s = session();
        launch(new FakeLms(), new ScormConfig(null, json, null, null, ScormConfig.NO_MASTERY, true), s);
        assertEquals("file", s.opened().entry());
        assertEquals(backprop.exercise.Presets.byId("002-scalar-chain").exercise().title(), s.opened().solution().exercise().title());
    }
}
