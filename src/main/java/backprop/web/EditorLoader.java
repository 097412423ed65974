package backprop.web;

import backprop.exercise.ExerciseWriter;
import backprop.model.Exercise;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The page's side of the editor, {@code editor.js} ({@link EditorModule}): loaded the first time the editor box is
 * opened or a weight is picked in the diagram, then kept up with the exercise on screen. Until the module is there
 * the box says it is loading, and if it cannot load, says so; the rest of the page works without it.
 */
final class EditorLoader {

    static final String LOADING = "The editor is loading…";
    static final String UNAVAILABLE = "The editor (editor.js) could not be loaded: this exercise cannot be edited here."
            + " Reload to try again.";

    interface Exercises {
        Exercise current();

        /** Opens an exercise applied in the editor, given as exercise-file text: "" when opened, else why not. */
        String openEdited(String exerciseText);
    }

    private final Exercises page;
    private final HTMLElement box = Dom.byId("editor-box");
    /** 0 not loaded, 1 loading, 2 there, 3 failed (ints, not an enum: an enum is a class of the page). */
    private int state;
    /** A weight or bias picked in the diagram while the module was loading. */
    private String picked;
    /** The exercise text the module was last given. */
    private String sent;

    EditorLoader(Exercises page) {
        this.page = page;
    }

    /** The box was opened: the module is loaded, or shown the exercise on screen. */
    void opened() {
        if (state == 2) {
            refresh();
            return;
        }
        if (state != 0) return;
        state = 1;
        Dom.text(Dom.byId("editor-status"), LOADING);
        Dom.expose("backpropPage", "openEdited", page::openEdited);
        Dom.script("editor.js", ok -> Page.safely(() -> loaded(ok)));
    }

    /** A weight or bias picked in the diagram: the editor opens at its field. */
    void pick(String paramId) {
        Dom.open(box);
        if (state == 2) Dom.call("backpropEditor", "openAt", paramId);
        else picked = paramId;
        opened();
    }

    /** The page opened another exercise: the form, once there, follows it. */
    void refresh() {
        if (state != 2) return;
        String text = ExerciseWriter.write(page.current(), false);
        if (text.equals(sent)) return;
        sent = text;
        String problem = Dom.call("backpropEditor", "show", text);
        if (problem == null) fail();
        else if (!problem.isEmpty()) Dom.notice(Dom.byId("editor-message"), problem);
    }

    private void loaded(boolean ok) {
        state = ok ? 2 : 3;
        if (!ok) {
            fail();
            return;
        }
        refresh();
        if (state == 2 && picked != null) Dom.call("backpropEditor", "openAt", picked);
        picked = null;
    }

    private void fail() {
        state = 3;
        Dom.text(Dom.byId("editor-status"), "");
        Dom.notice(Dom.byId("editor-message"), UNAVAILABLE);
    }
}
