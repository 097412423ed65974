package backprop.web;

import backprop.backward.Cell;
import backprop.exercise.ExerciseException;
import backprop.exercise.ExerciseJson;
import backprop.exercise.ExerciseWriter;
import backprop.exercise.FileText;
import backprop.exercise.Limits;
import backprop.exercise.Presets;
import backprop.generate.GeneratorOptions;
import backprop.model.Exercise;
import backprop.session.AttemptFile;
import backprop.session.FileName;
import backprop.session.Library;
import backprop.session.Opened;
import backprop.session.Opening;
import backprop.session.Generator;
import backprop.session.Session;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Wires the page to the {@link Session}: it forwards what the student does and renders what the session
 * decided. Start-up does only what the first screen needs: the editor (editor.js) is loaded when it is first
 * opened, and the update view drawn when it is shown.
 */
final class Page implements EditorLoader.Exercises {

    private final HTMLSelectElement select = (HTMLSelectElement) Dom.byId("exercise-select");
    private final Map<String, HTMLOptionElement> extra = new HashMap<>();
    private final Session session;
    private final Hash hash = new Hash();
    private final CellList cells = new CellList(this);
    private Practice practice;
    private Share share;
    private ClassLink classLink;
    private final EditorLoader editor = new EditorLoader(this);
    private Diagram diagram;
    private boolean updateDrawn;
    /** The update view is to be drawn once the verdict that completed the attempt is on screen. */
    private boolean updateWaits;
    /** What a course package adds (a SCORM package's LMS); null in the plain site. */
    private final Course course;
    /** A write of the attempt is scheduled for when the verdict is on screen. */
    private boolean flushing;
    /** Counts what was shown: a request that waited for generator.js is dropped if anything was shown meanwhile. */
    private int shows;
    /** Counts the requests that waited for generator.js: only the last is answered. */
    private int waiting;

    /**
     * What a package adds to the page, given by its own entry point ({@link ScormMain}): the plain site's tutor.js
     * never reaches an implementation, so none of it costs the page any size.
     */
    interface Course {
        /** The package's exercise, opened in place of the address's at start-up; null when the page is not packaged. */
        Opening open(Session session);

        /** An exercise was installed, before it is drawn. */
        void installed(Session session);

        /** A verdict (or an exercise) is on screen. */
        void changed(Session session);
    }

    /** {@code generator}: generator.js for the site ({@link ModuleGenerator}), the generator itself in a package. */
    Page(Course course, Generator generator) {
        this.course = course;
        this.session = new Session(new BrowserStore(), new BrowserLinkCodec(), generator);
    }

    void start() {
        for (Presets.Preset p : Presets.all()) {
            HTMLOptionElement o = (HTMLOptionElement) Dom.add(select, Dom.el("option", null, p.title()));
            o.setValue(p.id());
        }
        select.addEventListener("change", e -> safely(() -> open(() -> session.library().choose(select.getValue()), null, null)));
        Dom.FileHandler onFile = (f, count) -> Dom.readFile(f, Limits.FILE_BYTES, "it is larger than " + Limits.count(Limits.FILE_BYTES)
                + " bytes, the most an exercise file may have", FileText.NOT_UTF8,
                (name, text, problem) -> safely(() -> show(session.library().openFile(name, text, problem, count))));
        Dom.onFileChosen(Dom.byId("file-input"), onFile);
        Dom.onFileDropped(Dom.byId("drop-zone"), onFile);
        Dom.byId("show-all").addEventListener("click", e -> safely(this::showAll));
        Dom.byId("reset-progress").addEventListener("click", e -> safely(this::resetProgress));
        Dom.byId("print-worksheet").addEventListener("click", e -> safely(() -> {
            // The blank worksheet shows no value the student has reached; the screen shows them again after.
            session.blank(true);
            try {
                Overview.forward(session.opened().solution(), session, false);
                diagram.reveal(session, false);
                Dom.print("print-worksheet");
            } finally {
                session.blank(false);
                Overview.forward(session.opened().solution(), session, false);
                diagram.reveal(session, false);
            }
        }));
        Dom.byId("print-answer-key").addEventListener("click", e -> safely(() -> {
            cells.fillExplanations();
            drawUpdate();
            // The key shows every value; the page hides the asked ones again once printing is over.
            Overview.forward(session.opened().solution(), session, true);
            diagram.reveal(session, true);
            Dom.print("print-key");
            Overview.forward(session.opened().solution(), session, false);
            diagram.reveal(session, false);
        }));
        Dom.byId("print-attempt").addEventListener("click", e -> safely(() -> Dom.print("print-attempt")));
        practice = new Practice(this::openSeeded);
        share = new Share(hash);
        classLink = new ClassLink(this, hash);
        // The attempt file is made when asked for: it holds every answer up to this click.
        Dom.byId("download-attempt").addEventListener("click", e -> safely(() -> Dom.download(Dom.byId("download-attempt"),
                session.attemptFile(Dom.value(Dom.byId("student-id"))), AttemptFile.fileName(session.opened()))));
        Dom.onToggle(Dom.byId("editor-box"), () -> safely(editor::opened));
        Dom.onParamPicked(Dom.byId("diagram"), id -> safely(() -> editor.pick(id)));
        hash.onChange(h -> safely(() -> open(() -> session.library().openHash(h), null, null)));
        // A tab closed right after an answer still keeps it: the write that waits is done on leaving.
        Dom.onLeave(() -> safely(session::flush));
        Opening packaged = course == null ? null : course.open(session);
        if (course == null) Dom.offline();
        if (packaged != null) {
            show(packaged);
            started();
        } else {
            open(() -> session.library().openHash(hash.current()), this::started, null);
        }
    }

    private void started() {
        Dom.hide(Dom.byId("boot-message"), true);
        Dom.mark("tutor-ready");
    }

    @Override
    public Exercise current() {
        return session.opened().solution().exercise();
    }

    @Override
    public String openEdited(String exerciseText) {
        try {
            show(session.library().openEdited(ExerciseJson.parse(exerciseText)));
            return "";
        } catch (ExerciseException e) {
            return "Nothing applied: " + e.where() + ": " + e.problem();
        } catch (RuntimeException e) {
            return "Nothing applied: " + e.getMessage();
        }
    }

    /** A class link's student id typed: that student's own exercise, or the form's message. */
    void openStudent(String course, String id, GeneratorOptions options) {
        open(() -> session.library().openStudent(course, id, options), null, null);
    }

    private void openSeeded(long seed, GeneratorOptions options) {
        open(() -> session.library().openSeeded(seed, options), null, e -> practice.failed(seed, e));
    }

    /**
     * Shows what a request opens. One that needs the generator, which the site loads the first time a seed or a
     * class link is opened, is asked again once generator.js is there ({@code then} runs once its outcome is shown);
     * if the student has opened something else meanwhile, it is dropped. What the request throws then goes to
     * {@code failed} (the practice form's message), as it would have been thrown to the caller at once.
     */
    private void open(Supplier<Opening> request, Runnable then, Consumer<RuntimeException> failed) {
        Opening o = request.get();
        if (!o.waitsForGenerator()) {
            show(o);
            if (then != null) then.run();
            return;
        }
        int before = shows;
        int mine = ++waiting;
        ModuleGenerator.load(ok -> {
            try {
                // Only the last request that waited, and only if nothing was shown since it was made.
                if (shows == before && mine == waiting) answerLate(request, ok, failed);
            } finally {
                if (then != null) then.run();
            }
        });
    }

    private void answerLate(Supplier<Opening> request, boolean ok, Consumer<RuntimeException> failed) {
        Opening again;
        try {
            again = ok ? request.get() : null;
        } catch (RuntimeException e) {
            if (failed == null) throw e;
            failed.accept(e);
            return;
        }
        if (again != null && !again.waitsForGenerator()) {
            show(again);
        } else {
            if (session.opened() == null) show(session.library().choose(Library.DEFAULT));
            Dom.notice(Dom.byId("load-error"), ModuleGenerator.UNAVAILABLE);
        }
    }

    /** Renders the outcome of an opening: the new exercise if there is one, and every message in its place. */
    private void show(Opening o) {
        shows++;
        Opened before = session.opened();
        String storage = session.install(o);
        if (course != null) course.installed(session);
        Opened now = session.opened();
        if (now != before) {
            render(now);
            // Messages about an earlier attempt go once another exercise is on screen.
            Dom.notice(Dom.byId("page-error"), null);
            practice.error(null);
        }
        if (now != null) select.setValue(now.entry());
        classLink.show(o);
        Dom.notice(Dom.byId("load-error"), o.loadError());
        if (now != before || o.linkError() != null) Dom.notice(Dom.byId("link-error"), o.linkError());
        if (now != before || storage != null) Dom.notice(Dom.byId("storage-message"), storage);
        storageState();
    }

    private void render(Opened now) {
        if (Library.stored(now.entry()) != null) option(now.entry()).setText(now.label());
        if (now.options() != null) practice.show(now.seed(), now.options());
        share.show(now.link());
        // The download is made ready just after the exercise is on screen: opening a large exercise need not wait for it.
        Dom.later(() -> safely(() -> {
            if (session.opened() != now) return;
            Exercise ex = now.solution().exercise();
            Dom.download(Dom.byId("export-json"), ExerciseWriter.write(ex, true), FileName.of(ex.title()));
        }));
        Overview.show(now.solution());
        Overview.forward(now.solution(), session, false);
        diagram = new Diagram();
        HTMLElement box = Dom.byId("diagram");
        Dom.clear(box);
        box.appendChild(diagram.build(now.solution()));
        diagram.reveal(session, false);
        cells.build(session, now.solution().exercise().network().depth());
        updateDrawn = false;
        afterChange(false);
        editor.refresh();
        Dom.mark("tutor-open");
    }

    void answered(int i, String text) {
        int[] changed = session.answer(session.attempt().id(i), text);
        cells.render(session, changed);
        afterChange(session.changesShownValues(changed));
    }

    void showAnswer(int i) {
        int[] changed = session.show(session.attempt().id(i));
        cells.render(session, changed);
        afterChange(session.changesShownValues(changed));
    }

    void focused(Cell c) {
        diagram.highlight(c);
    }

    private void showAll() {
        if (!Dom.confirm("Show the answer of every cell that is not right yet? Shown cells earn nothing.")) return;
        cells.render(session, session.showAll());
        afterChange(true);
    }

    private void resetProgress() {
        if (!Dom.confirm("Clear every answer of this exercise? This cannot be undone.")) return;
        session.reset();
        ExpressionModule.reset();
        cells.clear(session);
        afterChange(true);
    }

    /**
     * The score, the storage warning and, once every cell is settled, the update view; the forward table's and the
     * diagram's values too when the change may have revealed one.
     */
    private void afterChange(boolean shownValues) {
        ScoreView.show(session.attempt().tally());
        if (course != null) course.changed(session);
        if (shownValues && session.asksShownValues()) {
            Overview.forward(session.opened().solution(), session, false);
            diagram.reveal(session, false);
        }
        Dom.hide(Dom.byId("notes-box"), session.opened().solution().exercise().notes().isEmpty() || !session.answersRevealed());
        if (!session.attempt().complete()) {
            Dom.hide(Dom.byId("update"), true);
        } else if (updateDrawn) {
            Dom.hide(Dom.byId("update"), false);
        } else if (!updateWaits) {
            // The verdict that completes the attempt is painted first; the update view, which a large exercise takes
            // a while to draw, comes in the frame after it.
            updateWaits = true;
            Dom.afterPaint(() -> safely(() -> {
                updateWaits = false;
                showUpdate();
            }));
        }
        if (session.unsaved() && !flushing) {
            flushing = true;
            Dom.later(() -> safely(() -> {
                flushing = false;
                session.flush();
                storageState();
            }));
        }
        storageState();
    }

    /** The update view on screen now, if the attempt is complete (the focus is going there): whether it is. */
    boolean showUpdate() {
        if (!session.attempt().complete()) return false;
        drawUpdate();
        Dom.hide(Dom.byId("update"), false);
        return true;
    }

    /** The update view, drawn when it is first shown or printed: a page that never gets there never pays for it. */
    private void drawUpdate() {
        if (updateDrawn) return;
        UpdateView.fill(session.opened().solution());
        updateDrawn = true;
    }

    private void storageState() {
        String problem = session.storageProblem();
        Dom.notice(Dom.byId("save-problem"), problem);
        Dom.text(Dom.byId("storage-promise"), problem == null
                ? "Runs entirely in your browser; answers are kept in this browser only."
                : "Runs entirely in your browser; your answers are not being kept, because this browser's storage is full or blocked.");
    }

    /** The select's entry for an exercise that is not built in, made when first needed. */
    private HTMLOptionElement option(String value) {
        HTMLOptionElement o = extra.get(value);
        if (o == null) {
            o = (HTMLOptionElement) Dom.add(select, Dom.el("option", null));
            o.setValue(value);
            extra.put(value, o);
        }
        return o;
    }

    /** Runs a reaction to the student; whatever goes wrong is said on the page and the rest keeps working. */
    static void safely(Runnable r) {
        try {
            r.run();
        } catch (Throwable t) {
            problem(t);
        }
    }

    static void problem(Throwable t) {
        HTMLElement e = Dom.byId("page-error");
        if (e == null) return;
        e.setTextContent("Something went wrong in the tutor: " + t.getMessage()
                + ". The rest of the page still works; your answers are saved as you type them.");
        Dom.hide(e, false);
    }
}
