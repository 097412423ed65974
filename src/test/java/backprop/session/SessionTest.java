package backprop.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.exercise.ExerciseWriter;
import backprop.exercise.Presets;
import backprop.export.JavaLinkCodec;
import backprop.export.ShareLink;
import backprop.generate.GeneratorOptions;
import org.junit.jupiter.api.Test;

/** The page's session on the JVM: opening, reopening after a reload, saving, and every way storage fails. */
class SessionTest {

    private static final String PROGRESS_004 = SavedProgress.PREFIX + "progress/004-relu-231";

    private static Session session(FakeStore store) {
        return new Session(store, JavaLinkCodec.INSTANCE);
    }

    /** What the page does on load: open the address's hash and install what it gives. */
    private static String load(Session s, String hash) {
        return s.install(s.library().openHash(hash));
    }

    private static String file(String title) {
        return ExerciseWriter.write(Presets.byId("002-scalar-chain").exercise(), true).replace(
                Presets.byId("002-scalar-chain").exercise().title(), title);
    }

    @Test
    void aFirstVisitOpensWorksheet004() {
        Session s = session(new FakeStore());
        assertNull(load(s, ""));
        assertEquals("004-relu-231", s.opened().entry());
        assertNull(s.storageProblem());
    }

    @Test
    void answersAndHowTheyWereReachedSurviveAReload() {
        FakeStore store = new FakeStore();
        Session s = session(store);
        load(s, "");
        s.answer("z2.0", "3");
        s.answer("z2.0", "-1");
        s.answer("yhat.0", "-1");
        s.show("W2.0.0");
        s.flush();

        Session again = session(store);
        assertNull(load(again, ""));
        Attempt a = again.attempt();
        assertEquals(Outcome.AFTER_FEEDBACK, a.outcome(a.indexOf("z2.0")));
        assertEquals(Outcome.FIRST_TRY, a.outcome(a.indexOf("yhat.0")));
        assertEquals(Outcome.SHOWN, a.outcome(a.indexOf("W2.0.0")));
    }

    @Test
    void aLoadedFileComesBackAfterAReload() {
        FakeStore store = new FakeStore();
        Session s = session(store);
        load(s, "");
        s.install(s.library().openFile("chain.json", file("My chain"), null));
        assertEquals(Library.FILE, s.opened().entry());
        s.answer(s.attempt().id(0), "1");
        s.flush();

        Session again = session(store);
        load(again, "");
        assertEquals(Library.FILE, again.opened().entry());
        assertEquals("File: chain.json · My chain", again.opened().label());
        assertEquals("1", again.attempt().typed(0));
    }

    @Test
    void aFileThatCannotBeKeptIsNeverSwappedForAnOlderOneOnReload() {
        FakeStore store = new FakeStore();
        Session s = session(store);
        load(s, "");
        s.install(s.library().openFile("a.json", file("Exercise A"), null));
        // Storage nearly full: exercise B's text no longer fits, although the pointer to it still would.
        store.capacity = store.used() + 200;
        String bigger = file("Exercise B " + "x".repeat(600));
        s.install(s.library().openFile("b.json", bigger, null));
        assertTrue(s.opened().label().contains("Exercise B"), "B is on screen all the same");
        assertEquals(Session.NOT_KEPT, s.storageProblem());

        Session again = session(store);
        String message = load(again, "");
        assertFalse(again.opened().label().contains("Exercise A"), "A must not come back in B's place");
        assertEquals("004-relu-231", again.opened().entry());
        assertNotNull(message);
        assertTrue(message.contains("could not be kept in this browser"), message);
    }

    @Test
    void aFullStorageMakesRoomFromTheOtherKeptExercisesAndSaysSo() {
        FakeStore store = new FakeStore();
        Session s = session(store);
        load(s, "");
        s.install(s.library().openFile("a.json", file("Exercise A " + "x".repeat(300)), null));
        String link = ShareLink.forExercise(Presets.byId("001-sigmoid-bce").exercise(), JavaLinkCodec.INSTANCE);
        // Room for about one exercise more, not two: opening from a link must push the kept file out.
        store.capacity = store.used() + 700;
        Opening o = s.library().openHash(link);
        String message = s.install(o);
        assertEquals(Library.LINK, s.opened().entry());
        assertNull(s.storageProblem(), "the exercise is kept after all");
        assertTrue(message != null && message.contains("the file kept from before was removed"), String.valueOf(message));
        assertNull(store.data.get(SavedProgress.PREFIX + "file"));
    }

    @Test
    void storageThatThrowsOnReadingIsReportedAndThePageStillOpens() {
        FakeStore store = new FakeStore();
        store.failGet = true;
        Session s = session(store);
        load(s, "");
        assertEquals("004-relu-231", s.opened().entry());
        assertNotNull(s.storageProblem());
    }

    @Test
    void aFailedSaveIsReportedAndAWorkingOneClearsTheReport() {
        FakeStore store = new FakeStore();
        Session s = session(store);
        load(s, "");
        store.failPut = true;
        s.answer("z2.0", "-1");
        assertNull(s.storageProblem(), "nothing was written yet");
        s.flush();
        assertEquals(Session.NOT_SAVED, s.storageProblem());
        assertEquals("-1", s.attempt().typed(s.attempt().indexOf("z2.0")), "the answer is still on the page");
        store.failPut = false;
        s.answer("yhat.0", "-1");
        s.flush();
        assertNull(s.storageProblem());
        assertTrue(store.data.get(PROGRESS_004).contains("\"z2.0\":\"-1\""), store.data.get(PROGRESS_004));
    }

    @Test
    void storageThatRefusesRemovalIsReportedToo() {
        FakeStore store = new FakeStore();
        Session s = session(store);
        load(s, "");
        s.answer("z2.0", "-1");
        s.flush();
        store.failRemove = true;
        s.reset();
        s.flush();
        assertEquals(Session.NOT_SAVED, s.storageProblem());
    }

    @Test
    void unreadableProgressIsSetAsideWithAMessage() {
        FakeStore store = new FakeStore();
        store.data.put(PROGRESS_004, "{not json");
        Session s = session(store);
        String message = load(s, "#preset=004-relu-231");
        assertTrue(message.contains("could not be read"), message);
        assertEquals("{not json", store.data.get(PROGRESS_004 + "/set-aside"));
        assertNull(store.data.get(PROGRESS_004));
    }

    @Test
    void progressSavedForOtherNumbersIsSetAside() {
        FakeStore store = new FakeStore();
        store.data.put(PROGRESS_004, "{\"v\":2,\"fp\":\"other\",\"answers\":{\"z2.0\":\"-1\"},\"shown\":[]}");
        Session s = session(store);
        String message = load(s, "#preset=004-relu-231");
        assertTrue(message.contains("different version of this exercise"), message);
        assertTrue(s.attempt().answers().isEmpty());
    }

    @Test
    void aBrokenLinkGivesWorksheet004AndSaysWhy() {
        Session s = session(new FakeStore());
        Opening o = s.library().openHash("#seed=abc");
        s.install(o);
        assertEquals("004-relu-231", s.opened().entry());
        assertTrue(o.linkError().startsWith("This link could not be opened: "), o.linkError());
    }

    @Test
    void theExerciseOnScreenOpenedAgainKeepsTheAttemptInHand() {
        Session s = session(new FakeStore());
        load(s, "");
        Attempt before = s.attempt();
        s.answer("z2.0", "-1");
        Opening o = s.library().openHash("#ex=" + "A".repeat(30_000));
        s.install(o);
        assertTrue(o.linkError().contains("too long"), o.linkError());
        assertTrue(before == s.attempt(), "a broken link falls back to the worksheet on screen, which is not opened again");
        assertEquals("-1", s.attempt().typed(s.attempt().indexOf("z2.0")));
    }

    @Test
    void aGeneratedExerciseComesBackFromItsSeed() {
        FakeStore store = new FakeStore();
        Session s = session(store);
        load(s, "");
        s.install(s.library().openSeeded(4711, GeneratorOptions.DEFAULT));
        assertEquals(Library.GENERATED, s.opened().entry());
        Session again = session(store);
        load(again, "");
        assertEquals(Library.GENERATED, again.opened().entry());
        assertEquals(4711, again.opened().seed());
    }

    /** The page's generator before generator.js is there: not ready, and never to be called. */
    private static final class Loading implements Generator {
        boolean ready;
        int calls;

        @Override
        public boolean ready() {
            return ready;
        }

        @Override
        public backprop.model.Exercise generate(long seed, GeneratorOptions options) {
            calls++;
            return backprop.generate.ExerciseGenerator.generate(seed, options);
        }
    }

    @Test
    void anOpeningThatNeedsTheGeneratorWaitsWithoutTouchingAnythingAndOpensWhenAskedAgain() {
        FakeStore store = new FakeStore();
        Loading gen = new Loading();
        Session s = new Session(store, JavaLinkCodec.INSTANCE, gen);
        load(s, "#preset=002-scalar-chain");
        java.util.Map<String, String> before = new java.util.LinkedHashMap<>(store.data);
        String link = ShareLink.forSeed(4711, GeneratorOptions.DEFAULT);
        for (Opening o : new Opening[] {s.library().openHash(link), s.library().openSeeded(4711, GeneratorOptions.DEFAULT),
            s.library().openStudent("class-a", "ann", GeneratorOptions.DEFAULT)}) {
            assertTrue(o.waitsForGenerator());
            assertNull(o.opened());
            assertNull(o.loadError());
            assertNull(o.linkError());
        }
        assertEquals(0, gen.calls);
        assertEquals(before, store.data);
        assertEquals("002-scalar-chain", s.opened().entry());
        // The same request, once the generator is there, opens what the JVM's generator opens.
        gen.ready = true;
        Opening o = s.library().openHash(link);
        assertFalse(o.waitsForGenerator());
        s.install(o);
        assertEquals(Library.GENERATED, s.opened().entry());
        assertEquals(backprop.generate.ExerciseGenerator.generate(4711, GeneratorOptions.DEFAULT).title(), s.opened().solution().exercise().title());
        // A reload that comes back to the generated exercise waits too, then reopens it from its seed.
        Loading later = new Loading();
        Session reloaded = new Session(store, JavaLinkCodec.INSTANCE, later);
        assertTrue(reloaded.library().openHash("").waitsForGenerator());
        later.ready = true;
        load(reloaded, "");
        assertEquals(4711, reloaded.opened().seed());
        // Worksheets, files and links that carry their exercise never need it.
        Loading never = new Loading();
        Session plain = new Session(new FakeStore(), JavaLinkCodec.INSTANCE, never);
        assertFalse(plain.library().openHash("#preset=001-sigmoid-bce").waitsForGenerator());
        assertFalse(plain.library().openHash(ShareLink.forExercise(Presets.byId("003-skip-connection").exercise())).waitsForGenerator());
        assertEquals(0, never.calls);
    }

    @Test
    void aFileThatIsNoExerciseLeavesTheExerciseOnScreen() {
        Session s = session(new FakeStore());
        load(s, "");
        Opening o = s.library().openFile("bad.json", "{\"title\": 3}", null);
        s.install(o);
        assertEquals("004-relu-231", s.opened().entry());
        assertTrue(o.loadError().startsWith("“bad.json” is not a usable exercise file."), o.loadError());
    }

    /** Each problem of a file is a sentence of its own after "… is not a usable exercise file.", with a capital letter. */
    @Test
    void aBrokenFileIsExplainedInSentences() {
        Library library = session(new FakeStore()).library();
        assertEquals("“a.json” is not a usable exercise file. At line 1, column 1: this is not valid JSON (Expected value).",
                library.openFile("a.json", "x", null).loadError());
        assertEquals("“a.json” is not a usable exercise file. At line 1, column 9: this is not valid JSON (a comma before “}”"
                + " is not allowed).", library.openFile("a.json", "{\"a\": 1,}", null).loadError());
        assertEquals("“a.json” is not a usable exercise file. In title: expected a string, found the number 3.",
                library.openFile("a.json", "{\"title\": 3}", null).loadError());
        assertEquals("“a.json” is not a usable exercise file. The file is empty.", library.openFile("a.json", " ", null).loadError());
        assertEquals("“a.json” is not a usable exercise file. An exercise file must be a JSON object { … }, found an array.",
                library.openFile("a.json", "[1]", null).loadError());
    }

    /** Of several files dropped at once the first is opened (or refused), and the message names the ones left out. */
    @Test
    void onlyTheFirstOfSeveralDroppedFilesIsOpened() {
        Session s = session(new FakeStore());
        load(s, "");
        Opening o = s.library().openFile("a.json", file("Exercise A"), null, 2);
        s.install(o);
        assertEquals("Exercise A", s.opened().solution().exercise().title());
        assertEquals("Only the first of the 2 dropped files, “a.json”, was opened: drop one exercise file at a time.", o.loadError());
        assertEquals("“b.json” is not a usable exercise file. The file is empty. Only the first of the 3 dropped files, “b.json”,"
                + " was tried: drop one exercise file at a time.", s.library().openFile("b.json", "", null, 3).loadError());
        assertNull(s.library().openFile("a.json", file("Exercise A"), null, 1).loadError(), "one file: nothing to say");
    }

    @Test
    void presetTitlesAreReadWithoutParsing() {
        for (Presets.Preset p : Presets.all()) assertEquals(p.exercise().title(), p.title());
    }

    /**
     * Worksheet 004 asks its forward pass: a verdict on z⁽¹⁾₀ may reveal it, a verdict on ∂L/∂ŷ (with nothing
     * downstream answered yet) cannot, so the page redraws the forward table and the diagram only when needed.
     */
    @Test
    void onlyAChangedForwardValueOrLossCanChangeWhatShows() {
        Session s = session(new FakeStore());
        load(s, "");
        // z⁽¹⁾ = W⁽¹⁾x + b⁽¹⁾ for 004 is [−0.5, 1.1, 1.8] by hand.
        assertTrue(s.changesShownValues(s.answer("fwd.z1.0", "-0.5")));
        assertTrue(s.mayShow("fwd.z1.0"));
        assertFalse(s.mayShow("fwd.z1.1"));
        // ∂L/∂ŷ = ŷ − y = 0.5 − 1.5 = −1, right: only its own verdict changes, nothing downstream is answered yet.
        int[] changed = s.answer("yhat.0", "-1");
        assertEquals(Outcome.FIRST_TRY, s.attempt().outcome(s.attempt().indexOf("yhat.0")));
        assertEquals(1, changed.length);
        assertFalse(s.changesShownValues(changed));
        assertFalse(s.changesShownValues(new int[0]));
        assertFalse(s.changesShownValues(new int[] {s.attempt().indexOf("z2.0")}));
        assertTrue(s.changesShownValues(new int[] {s.attempt().indexOf("z2.0"), s.attempt().indexOf("loss")}));
    }

    /**
     * Worksheet 004 asks its forward pass: z⁽¹⁾₁ = −0.3·1 + 0.8·2 − 0.2 = 1.1 once answered may show, except while the
     * blank worksheet prints; x and W, which the exercise gives, are no cells and always show.
     */
    @Test
    void theBlankWorksheetShowsNoAnsweredValue() {
        Session s = session(new FakeStore());
        load(s, "preset=004-relu-231");
        assertFalse(s.mayShow("fwd.z1.1"), "asked and not answered");
        s.answer("fwd.z1.1", "1.1");
        assertTrue(s.mayShow("fwd.z1.1"), "answered");
        s.blank(true);
        assertFalse(s.mayShow("fwd.z1.1"), "not on the blank worksheet");
        assertTrue(s.mayShow("W1.0.0.not-a-cell"), "what is no cell always shows");
        s.blank(false);
        assertTrue(s.mayShow("fwd.z1.1"));
    }
}
