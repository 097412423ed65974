package backprop.session;

import backprop.backward.Cell;
import backprop.check.Checker;
import backprop.sheet.Sheet;
import backprop.stage.Stage;
import backprop.solve.Solution;

/**
 * What the page is doing: the exercise on screen and the student's attempt at it, kept in the store after every
 * change. The page renders this state and forwards the student's actions; every decision is taken here.
 */
public final class Session {

    public static final String NOT_SAVED = "Your answers can't be saved in this browser (storage is full or blocked);"
            + " they last only as long as this page stays open.";

    public static final String NOT_KEPT = "This exercise can't be kept in this browser (storage is full or blocked):"
            + " a reload will not bring it back, so keep its file or link.";

    private final Library library;
    private final SavedProgress progress;
    private Opened opened;
    private Attempt attempt;
    /** The steps of the attempt since it was opened, for an attempt file. */
    private AttemptLog log;
    private AttemptLog.Clock clock;
    private String fingerprint;
    private boolean saveFailed;
    private boolean unsaved;
    private boolean blank;
    /** Storing the exercise itself failed: the answers may be kept, but a reload cannot bring it back. */
    private boolean notKept;

    /** A session with the generator called directly (the JVM's). */
    public Session(Store store, backprop.export.LinkCodec codec) {
        this(store, codec, new DirectGenerator());
    }

    public Session(Store store, backprop.export.LinkCodec codec, Generator generator) {
        this.library = new Library(store, codec, generator);
        this.progress = new SavedProgress(store);
    }

    public Library library() {
        return library;
    }

    public Opened opened() {
        return opened;
    }

    public Attempt attempt() {
        return attempt;
    }

    public AttemptLog log() {
        return log;
    }

    /** Where the times of the attempt's steps come from (null, the default: the system's clock). */
    public void clock(AttemptLog.Clock c) {
        clock = c;
    }

    /** The attempt on screen as an attempt file ({@link AttemptFile}), with an optional student name or id. */
    public String attemptFile(String student) {
        return AttemptFile.write(opened, attempt, log, student, log.now());
    }


    /**
     * Makes an opened exercise the current one, with the attempt saved for it; returns the message about saved
     * work for the student (null when there is none). A failed opening leaves everything as it was.
     */
    public String install(Opening o) {
        Opened next = o.opened();
        // The exercise on screen opened again (a broken link falls back to the worksheet already shown, a file is
        // loaded twice): the attempt in hand is the newest, and nothing needs drawing again.
        if (next != null && opened != null && next.entry().equals(opened.entry()) && next.link().equals(opened.link())
                && next.progressKey().equals(opened.progressKey())) {
            if (o.storageFailed) notKept = true;
            return o.storageMessage();
        }
        if (next != null) flush();
        if (next == null) {
            if (o.storageFailed) saveFailed = true;
            return o.storageMessage();
        }
        Solution s = next.solution();
        Checker checker = new Checker(s);
        Attempt a = new Attempt(checker);
        StringBuilder fp = new StringBuilder();
        for (int i = 0; i < a.size(); i++) fp.append(a.id(i)).append('=').append(a.rightAnswer(i)).append(';');
        opened = next;
        attempt = a;
        fingerprint = SavedProgress.hash(fp.toString());
        saveFailed = false;
        unsaved = false;
        notKept = o.storageFailed;
        String restored;
        try {
            restored = progress.restore(next.progressKey(), fingerprint, a, next.edited());
        } catch (StoreException e) {
            saveFailed = true;
            restored = null;
        }
        log = new AttemptLog(clock);
        log.start(a);
        // Answers carried over to an edited exercise are saved for its new numbers at once.
        if (next.edited() && restored != null) save();
        String message = o.storageMessage();
        if (restored != null) message = message == null ? restored : message + " " + restored;
        return message;
    }

    /**
     * The student typed (or cleared) an answer; returns the cells whose verdict changed. The attempt is written to
     * the store by {@link #flush}, which the page calls once the verdict is on screen: on a large exercise the
     * write costs more than the verdict, and several changes in one event need only one write.
     */
    public int[] answer(String id, String text) {
        String before = attempt.typed(attempt.indexOf(id));
        int[] changed = attempt.answer(id, text);
        int i = attempt.indexOf(id);
        String after = attempt.typed(i);
        boolean retyped = before == null ? after != null : !before.equals(after);
        if (retyped) log.answered(id, after, attempt.outcome(i));
        if (changed.length > 0 || retyped) unsaved = true;
        return changed;
    }

    public int[] show(String id) {
        int[] changed = attempt.show(id);
        if (changed.length > 0) {
            unsaved = true;
            log.shown(id);
        }
        return changed;
    }

    public int[] showAll() {
        unsaved = true;
        int[] changed = attempt.showAll();
        log.shownAll();
        return changed;
    }

    public void reset() {
        attempt.reset();
        log.start(attempt);
        unsaved = true;
    }

    /** Whether a change waits for {@link #flush}. */
    public boolean unsaved() {
        return unsaved;
    }

    /** Writes the attempt if it changed since the last write; a failure is what {@link #storageProblem} then says. */
    public void flush() {
        if (!unsaved || attempt == null) return;
        unsaved = false;
        save();
    }

    /**
     * Whether a value may be on screen (in the diagram, the forward table, the loss line): it is not asked, or the
     * student has answered or been shown it. Values an exercise gives are no cells and always show.
     */
    public boolean mayShow(String cellId) {
        int i = attempt.indexOf(cellId);
        return i < 0 || (!blank && attempt.settled(i));
    }

    /**
     * While the blank worksheet prints, no asked value may show, answered or not: it carries the questions only
     * (the network and what the exercise gives), never a value the student has reached.
     */
    public void blank(boolean on) {
        blank = on;
    }

    /**
     * Whether the worked product of item i may be shown: every asked forward value or loss it writes out is settled,
     * so it gives nothing away (a ∂L/∂W answered before the forward pass would otherwise show the a it reads).
     */
    public boolean mayExplain(int i) {
        Cell c = attempt.cell(i);
        if (c == null) return true;
        Sheet sheet = opened.solution().sheet();
        for (String id : sheet.revealedBy(c)) {
            // Forward values and losses are what the diagram and the table hide; the δ of a cell next to this one
            // is part of the backward pass the student is working through, in any order.
            Stage s = sheet.cell(id).kind().stage();
            if (shownOnPage(s) && !mayShow(id)) return false;
        }
        return true;
    }

    /**
     * Whether a change (the items {@link #answer}, {@link #show} or {@link #showAll} returned) may have made a value
     * showable that was hidden, or hidden again: only a changed forward value or loss can, since {@link #mayShow}
     * reads nothing but that cell's own outcome. The page redraws the forward table and the diagram's values only
     * then, not on every verdict.
     */
    public boolean changesShownValues(int[] changed) {
        for (int i : changed) {
            Cell c = attempt.cell(i);
            if (c == null) continue;
            Stage s = c.kind().stage();
            if (shownOnPage(s)) return true;
        }
        return false;
    }

    /** Forward values and losses: the stages whose values the diagram, the forward table and the loss line show. */
    private static boolean shownOnPage(Stage s) {
        return s == Stage.FORWARD || s == Stage.LOSS || s == Stage.NEW_FORWARD || s == Stage.NEW_LOSS;
    }

    /** Whether the exercise asks any value the forward table or the diagram would show. */
    public boolean asksShownValues() {
        Sheet sheet = opened.solution().sheet();
        return sheet.asks(Stage.FORWARD) || sheet.asks(Stage.LOSS);
    }

    /**
     * Whether what gives answers away (the exercise's notes, where a worksheet's printed slips are explained with
     * their values) may be shown: once every cell is settled, or once the student has had answers shown.
     */
    public boolean answersRevealed() {
        return attempt != null && (attempt.complete() || attempt.tally().shown() > 0);
    }

    /** null while the attempt is kept; else what the student must know about their work. */
    public String storageProblem() {
        if (saveFailed) return NOT_SAVED;
        return notKept ? NOT_KEPT : null;
    }

    private void save() {
        try {
            progress.save(opened.progressKey(), fingerprint, attempt);
            saveFailed = false;
        } catch (StoreException e) {
            saveFailed = true;
        }
    }
}
