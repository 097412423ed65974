package backprop.web;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.check.Checker;
import backprop.exercise.ExerciseException;
import backprop.exercise.ExerciseJson;
import backprop.exercise.ExerciseWriter;
import backprop.exercise.Presets;
import backprop.export.LinkCodec;
import backprop.export.ShareLink;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.model.Exercise;
import backprop.model.NumericException;
import backprop.notation.Num;
import backprop.solve.Solution;
import backprop.solve.Solver;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The page's state: which exercise is open, the student's answers and which cells were shown.
 * An exercise replaces the current one only once it has been read and solved without error, so a
 * bad file never costs the work on screen.
 */
final class Page {

    private static final String LAST = Progress.PREFIX + "last";
    private static final String FILE_OPTION = "file";
    private static final String CUSTOM_OPTION = "custom";
    private static final String LINK_OPTION = "link";
    private static final String GENERATED_OPTION = "generated";
    private static final String DEFAULT = "004-relu-231";
    private static final LinkCodec CODEC = new BrowserLinkCodec();

    private final HTMLSelectElement select = (HTMLSelectElement) Dom.byId("exercise-select");
    private final Map<String, HTMLOptionElement> extra = new HashMap<>();
    private Practice practice;
    private Share share;
    private String current;
    private Solution sol;
    private String exerciseKey;
    private String fingerprint;
    private Checker checker;
    private Diagram diagram;
    private final List<CellRow> rows = new ArrayList<>();
    private final Map<String, String> answers = new LinkedHashMap<>();
    private final List<String> shown = new ArrayList<>();

    void start() {
        for (Presets.Preset p : Presets.all()) {
            HTMLOptionElement o = (HTMLOptionElement) Dom.add(select, Dom.el("option", null, p.exercise().title()));
            o.setValue(p.id());
        }
        select.addEventListener("change", e -> safely(() -> choose(select.getValue())));
        Dom.FileHandler onFile = f -> Dom.readFile(f, (name, text, problem) -> safely(() -> loadFile(name, text, problem)));
        Dom.onFileChosen(Dom.byId("file-input"), onFile);
        Dom.onFileDropped(Dom.byId("drop-zone"), onFile);
        Dom.byId("show-all").addEventListener("click", e -> safely(this::showAll));
        Dom.byId("reset-progress").addEventListener("click", e -> safely(this::resetProgress));
        Dom.byId("print-worksheet").addEventListener("click", e -> safely(() -> Dom.print("print-worksheet")));
        Dom.byId("print-answer-key").addEventListener("click", e -> safely(() -> {
            for (CellRow r : rows) r.fillExplanation();
            Dom.print("print-key");
        }));
        practice = new Practice(this::openSeeded);
        share = new Share();
        Dom.onHashChange(() -> safely(() -> {
            String h = Dom.hash();
            if (!h.equals(share.written())) openLink(h);
        }));
        openLink(Dom.hash());
        new Editor(this).start();
        Dom.hide(Dom.byId("boot-message"), true);
    }

    /** Opens what a link's hash names; a hash that names nothing usable gets a message and the default worksheet. */
    private void openLink(String hash) {
        linkError(null);
        // A link to an exercise this browser keeps (a loaded file, the edited one) reopens that entry with its
        // answers, whether it comes back by a reload, by Back or from another tab.
        for (String option : new String[] {FILE_OPTION, CUSTOM_OPTION}) {
            if (hash.isEmpty() || !hash.equals(Dom.load(stored(option) + "/link"))) continue;
            try {
                if (reopen(option) == null) return;
            } catch (ExerciseException | RuntimeException e) {
                // Then the link is read on its own below.
            }
        }
        ShareLink.Decoded d = ShareLink.decode(hash, CODEC);
        try {
            if (d instanceof ShareLink.Empty) {
                restoreLast();
            } else if (d instanceof ShareLink.Invalid invalid) {
                failLink(invalid.message());
            } else if (d instanceof ShareLink.PresetLink p) {
                choose(p.id());
            } else if (d instanceof ShareLink.Seeded seeded) {
                openSeeded(seeded.seed(), seeded.options());
            } else {
                openStored(d.exercise(), LINK_OPTION, "From a link: ");
            }
        } catch (RuntimeException e) {
            failLink(e.getMessage());
        }
    }

    private void failLink(String why) {
        choose(DEFAULT);
        linkError("This link could not be opened: " + sentence(why) + ". Here is the worksheet “" + sol.exercise().title() + "” instead.");
    }

    /** Reopens what was open before the reload; whatever is stored, the page ends up showing an exercise. */
    private void restoreLast() {
        String last = Dom.load(LAST);
        if (last != null && stored(last) != null) {
            String problem;
            try {
                problem = reopen(last);
                if (problem == null) return;
            } catch (ExerciseException | RuntimeException e) {
                problem = "could not be opened (" + e.getMessage() + ")";
            }
            String k = stored(last);
            String raw = Dom.load(k);
            if (raw != null) {
                Dom.store(k + "/set-aside", raw);
                Dom.store(k, null);
            }
            choose(DEFAULT);
            storageMessage("The exercise you had open " + problem + ". It has been set aside (kept in this browser under “"
                    + k + "/set-aside”); here is a built-in worksheet instead.");
            return;
        }
        choose(last != null && Presets.byId(last) != null ? last : Presets.byId(DEFAULT) != null ? DEFAULT : Presets.all().get(0).id());
    }

    /** Opens the exercise kept in storage for an entry of the select; null when it opened, else what is wrong. */
    private String reopen(String option) throws ExerciseException {
        String raw = Dom.load(stored(option));
        if (raw == null) return "is no longer stored";
        if (option.equals(FILE_OPTION)) {
            JsonValue v = Json.parse(raw);
            JsonObject o = v.isObject() ? v.asObject() : null;
            JsonValue name = o == null ? null : o.get("name");
            JsonValue text = o == null ? null : o.get("text");
            // Every shape is checked by hand: a null dereference is no catchable exception once compiled to JavaScript.
            if (name == null || !name.isString() || text == null || !text.isString()) return "could not be read";
            openFile(name.asString(), text.asString(), ExerciseJson.parse(text.asString()));
        } else if (option.equals(GENERATED_OPTION)) {
            ShareLink.Decoded d = ShareLink.decode(raw, CODEC);
            if (!(d instanceof ShareLink.Seeded seeded)) return "could not be read";
            openSeeded(seeded.seed(), seeded.options());
        } else {
            openStored(ExerciseJson.parse(raw), option, option.equals(CUSTOM_OPTION) ? "Edited: " : "From a link: ");
        }
        return null;
    }

    private void choose(String value) {
        if (stored(value) != null) {
            String problem;
            try {
                problem = reopen(value);
            } catch (ExerciseException | RuntimeException e) {
                problem = "cannot be opened: " + e.getMessage();
            }
            if (problem != null) {
                loadError("That exercise " + problem + ".");
                select.setValue(current);
            }
            return;
        }
        Presets.Preset p = Presets.byId(value);
        if (p == null) return;
        try {
            install(Solver.solve(p.exercise()), p.id(), p.id(), ShareLink.forPreset(p.id()));
            loadError(null);
        } catch (NumericException e) {
            loadError(e.getMessage());
            if (current != null) select.setValue(current);
        }
    }

    /** The exercise on screen, as the editor starts from it. */
    Exercise currentExercise() {
        return sol.exercise();
    }

    /**
     * Opens an exercise made or changed in the page. It becomes the "Edited" entry, which a reload reopens.
     * Throws NumericException, leaving the page as it was, when the exercise cannot be solved.
     */
    void openCustom(Exercise ex) {
        openStored(ex, CUSTOM_OPTION, "Edited: ");
    }

    /** Generated exercises are kept as their link (seed and choices), which is all it takes to make them again. */
    void openSeeded(long seed, GeneratorOptions options) {
        Exercise ex = ExerciseGenerator.generate(seed, options);
        Solution s = Solver.solve(ex);
        option(GENERATED_OPTION).setText(ex.title());
        String link = ShareLink.forSeed(seed, options);
        install(s, "seed-" + seed + "-" + Progress.hash(options.format()), GENERATED_OPTION, link);
        Dom.store(stored(GENERATED_OPTION), link);
        practice.show(seed, options);
        loadError(null);
    }

    private void openStored(Exercise ex, String option, String label) {
        Solution s = Solver.solve(ex);
        String json = ExerciseWriter.write(ex, false);
        String link = ShareLink.forExercise(ex, CODEC);
        option(option).setText(label + ex.title());
        // The edited exercise keeps one progress key through every Apply, so answers survive an edit.
        install(s, option.equals(CUSTOM_OPTION) ? option : option + "-" + Progress.hash(json), option, link);
        Dom.store(stored(option), json);
        loadError(null);
    }

    /**
     * Where an entry of the select that is not built in keeps its exercise across reloads; null for a preset.
     * (A switch, not Map.of: TeaVM's immutable maps cost ~1 KB of the page.)
     */
    private static String stored(String option) {
        return switch (option) {
            case FILE_OPTION, CUSTOM_OPTION, LINK_OPTION, GENERATED_OPTION -> Progress.PREFIX + option;
            default -> null;
        };
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

    private void loadFile(String name, String text, String problem) {
        if (text == null) {
            loadError("The file “" + name + "” " + problem + ".");
            return;
        }
        try {
            openFile(name, text, ExerciseJson.parse(text));
            Dom.store(stored(FILE_OPTION), Json.object().add("name", name).add("text", text).toString());
        } catch (ExerciseException e) {
            loadError("“" + name + "” is not a usable exercise file. " + e.getMessage());
        } catch (NumericException e) {
            loadError("“" + name + "” cannot be solved: " + e.getMessage());
        }
    }

    private void openFile(String name, String text, Exercise ex) {
        Solution s = Solver.solve(ex);
        option(FILE_OPTION).setText("File: " + name + " · " + ex.title());
        install(s, "file-" + Progress.hash(text), FILE_OPTION, ShareLink.forExercise(ex, CODEC));
        loadError(null);
    }

    private void install(Solution s, String key, String value, String link) {
        sol = s;
        exerciseKey = key;
        current = value;
        select.setValue(value);
        Dom.store(LAST, value);
        checker = new Checker(s);
        storageMessage(null);
        // Messages about an earlier attempt go once another exercise is on screen.
        linkError(null);
        practice.error(null);
        Dom.notice(Dom.byId("page-error"), null);
        share.show(link);
        if (stored(value) != null) Dom.store(stored(value) + "/link", link);
        Overview.show(s);
        diagram = new Diagram();
        HTMLElement box = Dom.byId("diagram");
        Dom.clear(box);
        box.appendChild(diagram.build(s));

        HTMLElement list = Dom.byId("cell-list");
        Dom.clear(list);
        rows.clear();
        StringBuilder fp = new StringBuilder();
        List<String> ids = new ArrayList<>();
        String group = null;
        for (Cell c : s.backward().cells()) {
            if (c.frozen()) continue;
            String g = groupOf(c);
            if (!g.equals(group)) list.appendChild(Dom.el("h3", "cell-group", g));
            group = g;
            CellRow row = new CellRow(c);
            wire(row);
            rows.add(row);
            list.appendChild(row.root);
            ids.add(c.id());
            fp.append(c.id()).append('=').append(Num.format(c.value())).append(';');
        }
        fingerprint = Progress.hash(fp.toString());
        answers.clear();
        shown.clear();
        boolean edited = CUSTOM_OPTION.equals(value);
        String restored = Progress.restore(exerciseKey, fingerprint, ids, answers, shown, edited);
        storageMessage(restored);
        if (edited && restored != null) save();
        for (CellRow r : rows) {
            if (shown.contains(r.cell.id())) r.reveal();
            else if (answers.containsKey(r.cell.id())) r.input.setValue(answers.get(r.cell.id()));
        }
        UpdateView.fill(s);
        regrade();
    }

    private String groupOf(Cell c) {
        if (c.kind() == CellKind.LOCAL) return "Local derivatives";
        int depth = sol.exercise().network().depth();
        return c.layer() == depth ? "Output layer (layer " + depth + ")" : "Layer " + c.layer();
    }

    private void wire(CellRow row) {
        row.input.addEventListener("keydown", (EventListener<KeyboardEvent>) e -> {
            if (!"Enter".equals(e.getKey())) return;
            e.preventDefault();
            safely(() -> {
                check(row);
                // An unreadable answer is no attempt: the student stays to fix it.
                if (!row.kind.equals("unreadable")) focusAfter(row);
            });
        });
        row.input.addEventListener("change", e -> safely(() -> check(row)));
        row.input.addEventListener("focus", e -> safely(() -> diagram.highlight(row.cell)));
        row.input.addEventListener("blur", e -> safely(() -> diagram.highlight(null)));
        row.showButton.addEventListener("click", e -> safely(() -> {
            reveal(row);
            save();
            regrade();
            focusAfter(row);
        }));
    }

    private void check(CellRow row) {
        if (row.isShown()) return;
        String text = row.input.getValue();
        if (text.trim().isEmpty()) answers.remove(row.cell.id());
        else answers.put(row.cell.id(), text);
        save();
        regrade();
    }

    private void reveal(CellRow row) {
        answers.remove(row.cell.id());
        if (!shown.contains(row.cell.id())) shown.add(row.cell.id());
        row.reveal();
    }

    /** Every verdict again: a changed earlier answer changes what later cells are consistent with. */
    private void regrade() {
        Map<String, String> given = new HashMap<>(answers);
        // A shown value is what the student now works from, so later cells are judged against it.
        for (CellRow r : rows) if (r.isShown()) given.put(r.cell.id(), Num.ascii(r.cell.value(), 15));
        int correct = 0;
        int consistent = 0;
        int wrong = 0;
        int revealed = 0;
        boolean done = true;
        for (CellRow r : rows) {
            if (!r.isShown()) r.show(checker.grade(r.cell.id(), given), answers);
            switch (r.kind) {
                case "correct" -> correct++;
                case "consistent" -> consistent++;
                case "wrong" -> wrong++;
                case CellRow.SHOWN -> revealed++;
                default -> { }
            }
            done &= r.done();
        }
        Dom.byId("score").setTextContent("Score: " + correct + " of " + rows.size() + " correct");
        StringBuilder detail = new StringBuilder();
        if (consistent > 0) detail.append(" · ").append(consistent).append(" consistent with an earlier answer");
        if (wrong > 0) detail.append(" · ").append(wrong).append(" wrong");
        if (revealed > 0) detail.append(" · ").append(revealed).append(" shown");
        Dom.byId("score-detail").setTextContent(detail.toString());
        Dom.hide(Dom.byId("update"), !done);
    }

    private void focusAfter(CellRow row) {
        for (int k = rows.indexOf(row) + 1; k < rows.size(); k++) {
            if (!rows.get(k).isShown()) {
                rows.get(k).input.focus();
                return;
            }
        }
        HTMLElement update = Dom.byId("update");
        if (!update.isHidden()) Dom.byId("update-title").focus();
    }

    private void showAll() {
        for (CellRow r : rows) if (!r.kind.equals("correct") && !r.kind.equals("consistent")) reveal(r);
        save();
        regrade();
    }

    private void resetProgress() {
        if (!Dom.confirm("Clear every answer of this exercise? This cannot be undone.")) return;
        answers.clear();
        shown.clear();
        for (CellRow r : rows) r.reset();
        save();
        regrade();
    }

    private void save() {
        Progress.save(exerciseKey, fingerprint, answers, shown);
    }

    private static void loadError(String message) {
        Dom.notice(Dom.byId("load-error"), message);
    }

    private static void linkError(String message) {
        Dom.notice(Dom.byId("link-error"), message);
    }

    private static void storageMessage(String message) {
        Dom.notice(Dom.byId("storage-message"), message);
    }

    /** A message to go inside a sentence: without its own closing full stop(s). */
    static String sentence(String message) {
        String m = message == null ? "" : message.trim();
        while (m.endsWith(".")) m = m.substring(0, m.length() - 1);
        return m;
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
