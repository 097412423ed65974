package backprop.web;

import backprop.model.Exercise;
import backprop.symbolic.SymbolicRequest;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The expression checker, {@code symbolic.js}: a second TeaVM program the page loads on demand, the first time an
 * exercise with cells asked as expressions is drawn, so that its parser, judge and fields cost the page nothing
 * until then. The page hands it the exercise as text ({@link SymbolicRequest#exercise}); the module draws the expression fields
 * itself. Until it is there, and if it cannot load, a line above the cells says so.
 */
final class ExpressionModule {

    static final String LOADING = "The expression checker is loading…";
    static final String UNAVAILABLE = "The expression checker (symbolic.js) could not be loaded: expressions cannot be"
            + " checked here, numbers can. Reload to try again.";

    /** Where symbolic.js puts its functions ({@link SymbolicModule}). */
    static final String MODULE = "backpropSymbolic";
    /** 0 not loaded, 1 loading, 2 there, 3 failed (ints, not an enum: an enum is a class of the page). */
    private static int state;
    private static String pending;
    private static HTMLElement status;

    private ExpressionModule() {
    }

    /** After the cells of {@code ex} are drawn in {@code list}: the module draws its fields, now or once loaded. */
    static void attach(HTMLElement list, Exercise ex) {
        pending = SymbolicRequest.exercise(ex);
        status = Dom.el("p", "verdict expr-status");
        status.setAttribute("id", "expr-status");
        status.setAttribute("aria-live", "polite");
        list.insertBefore(status, list.getFirstChild());
        if (state == 0 && ready()) state = 2;
        if (state == 2) {
            attachNow();
            return;
        }
        if (state == 3) {
            say("unavailable", UNAVAILABLE);
            return;
        }
        say("loading", LOADING);
        if (state == 1) return;
        state = 1;
        Dom.script("symbolic.js", ok -> Page.safely(() -> {
            state = ok && ready() ? 2 : 3;
            // The student may have moved on to an exercise without expressions while the module loaded.
            if (pending == null) return;
            if (state == 2) attachNow();
            else say("unavailable", UNAVAILABLE);
        }));
    }

    /**
     * An exercise without expressions is drawn: a module still loading must not draw the last one's fields
     * among its cells (where the same ids may well stand) when it arrives.
     */
    static void detach() {
        pending = null;
    }

    private static void attachNow() {
        // Cleared first: the module may write on this line (a storage problem) while it draws.
        say("", "");
        String problem = call(pending);
        if (problem == null) say("unavailable", UNAVAILABLE);
        else if (!problem.isEmpty()) say("unavailable", problem);
    }

    /** Reset progress clears the expressions too, once the module is there. */
    static void reset() {
        if (state == 2) Dom.call(MODULE, "reset", "");
    }

    private static void say(String kind, String text) {
        status.setAttribute("data-verdict", kind);
        status.setTextContent(text);
    }

    private static boolean ready() {
        return Dom.exposed(MODULE, "attach");
    }

    /** "" when the fields are drawn, a sentence when not, null when the call itself failed. */
    private static String call(String exerciseText) {
        return Dom.call(MODULE, "attach", exerciseText);
    }
}
