package backprop.session;

import backprop.backward.Cell;
import backprop.check.Checker;
import backprop.notation.Num;
import backprop.solve.Solution;
import java.util.ArrayList;
import java.util.List;

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
    private String fingerprint;
    private boolean saveFailed;
    private boolean unsaved;
    /** Storing the exercise itself failed: the answers may be kept, but a reload cannot bring it back. */
    private boolean notKept;

    public Session(Store store, backprop.export.LinkCodec codec) {
        this.library = new Library(store, codec);
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

    /** The cells the page asks today: the backward pass, in its order, without the frozen parameters. */
    public static List<Cell> asked(Solution s) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : s.backward().cells()) if (!c.frozen()) out.add(c);
        return out;
    }

    /**
     * Makes an opened exercise the current one, with the attempt saved for it; returns the message about saved
     * work for the student (null when there is none). A failed opening leaves everything as it was.
     */
    public String install(Opening o) {
        Opened next = o.opened();
        if (next != null) flush();
        if (next == null) {
            if (o.storageFailed) saveFailed = true;
            return o.storageMessage();
        }
        Solution s = next.solution();
        Checker checker = new Checker(s);
        Attempt a = new Attempt(checker, asked(s));
        StringBuilder fp = new StringBuilder();
        for (Cell c : a.cells()) fp.append(c.id()).append('=').append(Num.format(c.value())).append(';');
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
        String after = attempt.typed(attempt.indexOf(id));
        if (changed.length > 0 || (before == null ? after != null : !before.equals(after))) unsaved = true;
        return changed;
    }

    public int[] show(String id) {
        int[] changed = attempt.show(id);
        if (changed.length > 0) unsaved = true;
        return changed;
    }

    public int[] showAll() {
        unsaved = true;
        return attempt.showAll();
    }

    public void reset() {
        attempt.reset();
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
