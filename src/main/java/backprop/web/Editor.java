package backprop.web;

import backprop.exercise.ExerciseDraft;
import backprop.exercise.ExerciseException;
import backprop.exercise.ExerciseRules;
import backprop.model.Activation;
import backprop.model.Exercise;
import backprop.model.Loss;
import backprop.model.NumericException;
import backprop.model.ParamRef;
import backprop.model.Skip;
import backprop.model.WeightLayout;
import backprop.notation.Names;
import backprop.notation.Sym;
import backprop.notation.SymText;
import backprop.solve.Solver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Edits the exercise on screen. Typed text stays in its field whatever is wrong with it; every change is
 * judged at once, by the rules an exercise file is read with, and the message goes beside the field at fault.
 * Nothing reaches the page until Apply, so the exercise on screen is always the last valid one and the
 * student's answers are not swept away while several numbers are being changed. Part of {@code editor.js}, the
 * module the page loads when the editor is first opened ({@link EditorModule}).
 */
final class Editor {

    /** Where an applied exercise goes: the page, which opens it. */
    interface Host {
        /** "" once the page has opened the exercise, else why it could not. */
        String open(Exercise ex);
    }

    private final Host host;
    private final HTMLElement form = Dom.byId("editor-form");
    private final HTMLElement message = Dom.byId("editor-message");
    private final HTMLElement status = Dom.byId("editor-status");
    private final List<Field> fields = new ArrayList<>();
    private ExerciseDraft draft;
    /** The exercise on screen, which the form was last filled from. */
    private Exercise from;
    private Names names;
    private boolean reshaped;
    /** Changed since the form was filled from the page. */
    private boolean dirty;
    /** The next exercise the page opens is the one just applied, whose status line stays. */
    private boolean applied;
    private int ids;

    Editor(Host host) {
        this.host = host;
    }

    void start(Exercise onScreen) {
        Dom.byId("editor-apply").addEventListener("click", e -> Page.safely(this::apply));
        Dom.byId("editor-discard").addEventListener("click", e -> Page.safely(() -> {
            load(from);
            tell("Changes discarded: the form shows the exercise on screen again.");
        }));
        form.addEventListener("change", e -> Page.safely(() -> {
            dirty = true;
            tell(null);
            validate();
        }));
        tell(null);
        load(onScreen);
    }

    /** The page opened another exercise: the form follows it. */
    void refresh(Exercise ex) {
        if (dirty) tell("Another exercise was opened, so the form now shows it; the changes not applied were dropped.");
        else if (!applied) tell(null);
        applied = false;
        load(ex);
    }

    private void load(Exercise ex) {
        from = ex;
        dirty = false;
        draft = ExerciseDraft.of(ex);
        fields.clear();
        render();
        validate();
    }

    /** A weight or bias picked in the diagram: the editor opens at its field. */
    void openAt(String param) {
        Dom.open(Dom.byId("editor-box"));
        for (Field f : fields) {
            if (f.input != null && param.equals(f.input.getAttribute("data-param"))) {
                f.input.focus();
                return;
            }
        }
    }

    private void apply() {
        Exercise ex = validate();
        if (ex == null) {
            for (Field f : fields) {
                if (f.input != null && "true".equals(f.input.getAttribute("aria-invalid"))) {
                    f.input.focus();
                    break;
                }
            }
            if (message.getTextContent().isEmpty()) say("Nothing applied: fix the marked fields first.");
            return;
        }
        dirty = false;
        applied = true;
        String problem = host.open(ex);
        if (!problem.isEmpty()) {
            applied = false;
            say(problem);
            return;
        }
        tell("Applied: the page now works through “Edited: " + ex.title() + "”, kept in this browser.");
    }

    /**
     * Gives the draft every field whose text changed and checks the whole; the checked exercise, or null after
     * saying what is wrong. The draft judges each text; the form only puts each problem beside the field whose
     * path it names.
     */
    private Exercise validate() {
        int shape = draft.shape();
        for (Field f : fields) {
            if (f.input == null) continue;
            String t = f.value();
            if (!t.equals(f.sent)) {
                f.sent = t;
                draft.set(f.path, t);
            }
            f.next = null;
        }
        if (draft.shape() != shape) {
            // A size, the bias or the naming changed: the form is laid out again for the new shape, once the
            // focus has settled, so that a Tab out of the changed field still lands on the next field.
            Dom.later(() -> Page.safely(() -> {
                render();
                validate();
            }));
        }
        String general = null;
        Exercise ex = null;
        List<ExerciseRules.Problem> problems = draft.problems();
        for (ExerciseRules.Problem p : problems) {
            String left = blame(p.where(), p.message());
            if (general == null) general = left;
        }
        if (problems.isEmpty()) {
            try {
                ex = draft.check();
                Solver.solve(ex);
            } catch (ExerciseException e) {
                ex = null;
                general = e.where() + ": " + e.problem();
            } catch (NumericException e) {
                ex = null;
                general = "This exercise cannot be solved: " + e.getMessage();
            }
        }
        // Messages are decided first and written once, so one that stays is not announced again.
        for (Field f : fields) f.show(f.next);
        say(general);
        return ex;
    }

    /**
     * The message goes to the field with the longest path that the problem's path starts with (a field keeps its
     * first); returned, with its path, when no field can take it.
     */
    private String blame(String where, String problem) {
        Field best = null;
        for (Field f : fields) {
            String p = f.path;
            boolean under = where.equals(p) || where.startsWith(p + ".") || where.startsWith(p + "[");
            if (under && (best == null || p.length() > best.path.length())) best = f;
        }
        if (best == null) return where + ": " + problem;
        if (best.next == null) best.next = problem;
        return null;
    }

    private void tell(String text) {
        status.setTextContent(text == null ? "" : text);
    }

    private void say(String text) {
        Dom.notice(message, text);
    }

    // ---- the form ----

    private void render() {
        // Text that could not be read is kept across a rebuild: nothing typed is lost.
        String focus = Dom.activeAttr("data-path");
        Map<String, String> kept = new HashMap<>();
        for (Field f : fields) if (f.input != null && f.next != null) kept.put(f.path, f.value());
        fields.clear();
        Dom.clear(form);
        Exercise ex = draft.unchecked();
        names = new Names(ex.network(), ex.conventions());
        int depth = draft.depth();

        if (ex.hasGivenValues()) {
            form.appendChild(Dom.el("p", "notice", "This exercise gives some forward values (a or z) instead of computing them;"
                    + " they stay as given when weights change, and a layer whose size changes loses them."));
        }
        HTMLElement g = group("The exercise");
        text(g, "Title", "title");
        text(g, "Learning rate η", "learningRate");
        String[] keys = new String[Loss.values().length];
        for (int k = 0; k < keys.length; k++) keys[k] = Loss.values()[k].key();
        select(g, "Loss", "loss", keys);

        StageBoxes stages = new StageBoxes(form, "editor-group stage-boxes");
        stages.show(draft.stages);
        stages.set.setAttribute("data-path", "stages");
        Field sf = new Field("stages", stages.set);
        sf.stages = stages;
        fields.add(sf.error(stages.set));

        g = group("Input x and target y");
        text(g, "Number of inputs", "input-size");
        HTMLElement row = vector(g, "input");
        for (int j = 0; j < draft.input.length; j++) number(row, names.a(0, j), "input[" + j + "]");
        row = vector(g, "target");
        for (int j = 0; j < draft.target.length; j++) number(row, names.y(j), "target[" + j + "]");

        keys = new String[Activation.values().length];
        for (int k = 0; k < keys.length; k++) keys[k] = Activation.values()[k].key();
        for (int l = 1; l <= depth; l++) {
            String at = "layers[" + (l - 1) + "]";
            g = group("Layer " + l + (l == depth ? " (output)" : " (hidden)"));
            text(g, "Units in layer " + l, at + ".size");
            select(g, "Activation", at + ".activation", keys);
            HTMLElement box = Dom.el("input", null);
            box.setAttribute("type", "checkbox");
            Dom.setChecked(box, draft.biases.get(l - 1) != null);
            control(g, "editor-field editor-check", new Field(at + ".bias-on", box), "Bias");
            matrix(g, l, l - 1, draft.weights.get(l - 1), at + ".weights");
            double[] b = draft.biases.get(l - 1);
            if (b != null) {
                row = vector(g, at + ".bias");
                for (int j = 0; j < b.length; j++) {
                    ParamRef p = ParamRef.bias(l, j);
                    number(row, names.param(p), at + ".bias[" + j + "]").setAttribute("data-param", p.id());
                }
            }
            List<Skip> skips = draft.skips.get(l - 1);
            for (int s = 0; s < skips.size(); s++) matrix(g, l, skips.get(s).from(), skips.get(s).weights(), at + ".skips[" + s + "].weights");
        }

        g = group("Conventions");
        text(g, "ReLU′(0)", "conventions.reluAtZero");
        text(g, "Leaky ReLU slope", "conventions.leakySlope");
        select(g, "Weight layout", "conventions.weightLayout", new String[] {"neuron-rows", "input-rows"});
        select(g, "Indices start at", "conventions.indexBase", new String[] {"0", "1"});
        text(g, "Frozen parameters (comma-separated, e.g. biases, W2, b1.0)", "conventions.frozen");

        for (Field f : fields) {
            if (f.input == null) continue;
            f.sent = draft.text(f.path);
            String t = kept.get(f.path);
            if (t != null && f.stages != null) f.stages.tick(t);
            else if (t != null) Dom.setValue(f.input, t);
            if (f.path.equals(focus)) f.input.focus();
        }
    }

    private HTMLElement group(String legend) {
        HTMLElement fs = Dom.add(form, Dom.el("fieldset", "editor-group"));
        fs.appendChild(Dom.el("legend", null, legend));
        return fs;
    }

    /** A row of numbers with a place for a message about the whole vector. */
    private HTMLElement vector(HTMLElement g, String path) {
        HTMLElement row = Dom.add(g, Dom.el("div", "editor-vector"));
        fields.add(new Field(path, null).error(row));
        return row;
    }

    /** A weight matrix laid out as the exercise writes it, every entry labelled with its symbol. */
    private void matrix(HTMLElement g, int l, int from, double[][] w, String path) {
        WeightLayout layout = draft.layout;
        boolean neuronRows = layout == WeightLayout.NEURON_ROWS;
        String src = from == 0 ? "input x" : "layer " + from;
        g.appendChild(Dom.el("p", "matrix-caption", "Weights into layer " + l + " from " + src + ": each row "
                + (neuronRows ? "is one unit of layer " + l : "is one value of " + src)));
        HTMLElement wrap = Dom.add(g, Dom.el("div", "matrix-wrap"));
        fields.add(new Field(path, null).error(wrap));
        int rows = neuronRows ? w.length : w[0].length;
        int cols = neuronRows ? w[0].length : w.length;
        HTMLElement grid = Dom.add(wrap, Dom.el("div", "matrix"));
        Dom.columns(grid, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int j = neuronRows ? r : c;
                int i = neuronRows ? c : r;
                ParamRef p = ParamRef.weight(l, from, j, i, layout);
                number(grid, names.param(p), path + "[" + r + "][" + c + "]").setAttribute("data-param", p.id());
            }
        }
    }

    private HTMLElement number(HTMLElement parent, Sym label, String path) {
        return text(parent, SymText.of(label), path, true);
    }

    private HTMLElement text(HTMLElement parent, String label, String path) {
        boolean numeric = !path.equals("title") && !path.equals("conventions.frozen");
        return text(parent, label, path, numeric);
    }

    private HTMLElement text(HTMLElement parent, String label, String path, boolean numeric) {
        HTMLElement in = Dom.el("input", null);
        in.setAttribute("type", "text");
        if (numeric) {
            in.setAttribute("inputmode", path.endsWith("size") ? "numeric" : "decimal");
            in.setAttribute("autocomplete", "off");
            in.setAttribute("spellcheck", "false");
        }
        Dom.setValue(in, draft.text(path));
        return control(parent, "editor-field", new Field(path, in), label);
    }

    private void select(HTMLElement parent, String label, String path, String[] options) {
        HTMLElement sel = Dom.el("select", null);
        for (String o : options) Dom.add(sel, Dom.el("option", null, o)).setAttribute("value", o);
        Dom.setValue(sel, draft.text(path));
        control(parent, "editor-field", new Field(path, sel), label);
    }

    /**
     * A labelled control with the place for its message after it, outside the label, so the message
     * is the control's description and not part of its name.
     */
    private HTMLElement control(HTMLElement parent, String cls, Field f, String label) {
        HTMLElement box = Dom.add(parent, Dom.el("div", cls));
        String id = "editor-in-" + ++ids;
        HTMLElement lab = Dom.add(box, Dom.el("label", "editor-label", label));
        lab.setAttribute("for", id);
        f.input.setAttribute("id", id);
        f.input.setAttribute("data-path", f.path);
        if (f.path.endsWith("bias-on")) box.insertBefore(f.input, lab);
        else box.appendChild(f.input);
        fields.add(f.error(box));
        return f.input;
    }

    /** One place of the form: a control with the draft path it edits, or only a place for messages about a path. */
    private final class Field {
        final String path;
        /** Null for a place that only shows messages (a whole vector or matrix). */
        final HTMLElement input;
        /** Set for the stage choice, whose input is its fieldset. */
        StageBoxes stages;
        HTMLElement error;
        /** The text the draft was last given (or filled the field with). */
        String sent;
        /** The message the check under way has for this field. */
        String next;

        Field(String path, HTMLElement input) {
            this.path = path;
            this.input = input;
        }

        String value() {
            return stages != null ? stages.text() : Dom.value(input);
        }

        /** Gives the field its (empty, hidden) message place at the end of parent. */
        Field error(HTMLElement parent) {
            error = Dom.add(parent, Dom.el("span", "field-error"));
            error.setAttribute("id", "editor-error-" + ++ids);
            error.setAttribute("role", "alert");
            Dom.hide(error, true);
            return this;
        }

        void show(String text) {
            // Written only when it changes, so the alert is announced once, not on every check of the form.
            if ((text == null ? "" : text).equals(error.getTextContent())) return;
            Dom.notice(error, text);
            if (input == null) return;
            if (text == null) {
                input.removeAttribute("aria-invalid");
                input.removeAttribute("aria-describedby");
            } else {
                if (stages == null) input.setAttribute("aria-invalid", "true");
                input.setAttribute("aria-describedby", error.getAttribute("id"));
            }
        }
    }

}
