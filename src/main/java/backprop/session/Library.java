package backprop.session;

import backprop.exercise.ExerciseException;
import backprop.exercise.ExerciseJson;
import backprop.exercise.ExerciseWriter;
import backprop.exercise.Json;
import backprop.exercise.JsonObject;
import backprop.exercise.JsonValue;
import backprop.exercise.Presets;
import backprop.export.LinkCodec;
import backprop.export.ShareLink;
import backprop.generate.GeneratorOptions;
import backprop.generate.StudentSeed;
import backprop.model.Exercise;
import backprop.model.NumericException;
import backprop.solve.Solution;
import backprop.solve.Solver;

/**
 * Every way an exercise reaches the page: a built-in worksheet, a file, a link, a seed, the edited exercise,
 * and whatever was open before a reload. An exercise replaces the one on screen only once it has been read
 * and solved without error, so a bad file never costs the work on screen.
 *
 * <p>Besides the worksheets the list has four entries, each kept in the store under {@code backprop-tutor/<entry>}
 * (with the link that reopens it under {@code …/link}): the last loaded file, the edited exercise, the last
 * exercise opened from a link, and the last generated one (kept as its seed link). {@code backprop-tutor/last}
 * names what was on screen, with a hash of the entry's text, so a reload never silently opens an older
 * exercise that a failed write left in that entry.
 */
public final class Library {

    public static final String DEFAULT = "004-relu-231";
    public static final String FILE = "file";
    public static final String EDITED = "custom";
    public static final String LINK = "link";
    public static final String GENERATED = "generated";
    private static final String LAST = SavedProgress.PREFIX + "last";

    private final Store store;
    private final LinkCodec codec;
    private final Generator generator;

    public Library(Store store, LinkCodec codec, Generator generator) {
        this.store = store;
        this.codec = codec;
        this.generator = generator;
    }

    /** Where an entry that is not built in keeps its exercise; null for a preset. */
    public static String stored(String entry) {
        if (entry.equals(FILE) || entry.equals(EDITED) || entry.equals(LINK) || entry.equals(GENERATED)) {
            return SavedProgress.PREFIX + entry;
        }
        return null;
    }

    /** Opens what a link's hash names; a hash that names nothing usable gets a message and the default worksheet. */
    public Opening openHash(String hash) {
        Opening o = new Opening();
        // A link to an exercise this browser keeps (a loaded file, the edited one) reopens that entry with its
        // answers, whether it comes back by a reload, by Back or from another tab.
        for (String entry : new String[] {FILE, EDITED}) {
            if (hash.isEmpty() || !hash.equals(read(o, stored(entry) + "/link"))) continue;
            try {
                if (reopen(o, entry) == null) return o;
            } catch (ExerciseException | RuntimeException e) {
                // Then the link is read on its own below.
            }
        }
        ShareLink.Decoded d = ShareLink.decode(hash, codec);
        try {
            if (d instanceof ShareLink.Empty) {
                restoreLast(o);
            } else if (d instanceof ShareLink.Invalid invalid) {
                failLink(o, invalid.message());
            } else if (d instanceof ShareLink.PresetLink p) {
                openPreset(o, p.id());
            } else if (d instanceof ShareLink.Seeded seeded) {
                seeded(o, seeded.seed(), seeded.options(), ShareLink.forSeed(seeded.seed(), seeded.options()));
            } else if (d instanceof ShareLink.StudentLink st) {
                // A class link asks each student for their id; until then, what was open stays.
                if (st.student() == null) {
                    o.askStudent = st;
                    restoreLast(o);
                } else {
                    student(o, st);
                }
            } else if (d instanceof ShareLink.Custom custom) {
                // Through the record, not Decoded.exercise(): that would reach the generator (Seeded's), which the
                // page loads as a module of its own.
                storedExercise(o, custom.exercise(), LINK);
            }
        } catch (RuntimeException e) {
            failLink(o, e.getMessage());
        }
        return o;
    }

    /** The exercise list's entry chosen: a worksheet, or one of the kept entries. */
    public Opening choose(String entry) {
        Opening o = new Opening();
        if (stored(entry) != null) {
            String problem;
            try {
                problem = reopen(o, entry);
            } catch (ExerciseException | RuntimeException e) {
                problem = "cannot be opened: " + e.getMessage();
            }
            if (problem != null) o.loadError = "That exercise " + problem + ".";
            return o;
        }
        openPreset(o, entry);
        return o;
    }

    /** A file the student chose or dropped; {@code problem} says why it could not be read when text is null. */
    public Opening openFile(String name, String text, String problem) {
        Opening o = new Opening();
        if (text == null) {
            o.loadError = "“" + name + "” cannot be opened: " + sentence(problem) + ".";
            return o;
        }
        try {
            file(o, name, text, ExerciseJson.parse(text), true);
        } catch (ExerciseException e) {
            o.loadError = "“" + name + "” is not a usable exercise file. " + located(e) + ".";
        } catch (NumericException e) {
            o.loadError = "“" + name + "” cannot be solved: " + e.getMessage();
        }
        return o;
    }

    /** The first of {@code dropped} files dropped at once: the others are not opened, and the message says so. */
    public Opening openFile(String name, String text, String problem, int dropped) {
        Opening o = openFile(name, text, problem);
        if (dropped < 2) return o;
        String only = "Only the first of the " + dropped + " dropped files, “" + name + "”, was "
                + (o.loadError == null ? "opened" : "tried") + ": drop one exercise file at a time.";
        o.loadError = o.loadError == null ? only : o.loadError + " " + only;
        return o;
    }

    /** A generated exercise; kept as its link (seed and choices), which is all it takes to make it again. */
    public Opening openSeeded(long seed, GeneratorOptions options) {
        Opening o = new Opening();
        seeded(o, seed, options, ShareLink.forSeed(seed, options));
        return o;
    }

    /**
     * A student's own exercise from a class link ({@link ShareLink.StudentLink}): its seed comes from the class name
     * and the id typed. A blank or unusable id opens nothing and says why ({@link Opening#studentError}).
     */
    public Opening openStudent(String course, String id, GeneratorOptions options) {
        Opening o = new Opening();
        String problem = ShareLink.nameProblem(id, "student id");
        if (problem != null) {
            o.askStudent = new ShareLink.StudentLink(course, null, options);
            o.studentError = "Type your student id to get your exercise: " + problem + ".";
            return o;
        }
        student(o, new ShareLink.StudentLink(course, StudentSeed.normalise(id), options));
        return o;
    }

    /**
     * An exercise made or changed in the page. It becomes the "Edited" entry, which a reload reopens.
     * Throws NumericException when the exercise cannot be solved.
     */
    public Opening openEdited(Exercise ex) {
        Opening o = new Opening();
        storedExercise(o, ex, EDITED);
        return o;
    }

    private void failLink(Opening o, String why) {
        openPreset(o, DEFAULT);
        String title = o.opened == null ? "" : " Here is the worksheet “" + o.opened.solution().exercise().title() + "” instead.";
        o.linkError = "This link could not be opened: " + sentence(why) + "." + title;
    }

    /** Reopens what was open before the reload; whatever is stored, the page ends up showing an exercise. */
    private void restoreLast(Opening o) {
        String last = read(o, LAST);
        String entry = last;
        String expected = null;
        int at = last == null ? -1 : last.indexOf('@');
        if (at >= 0) {
            entry = last.substring(0, at);
            expected = last.substring(at + 1);
        }
        if (entry != null && stored(entry) != null) {
            String raw = read(o, stored(entry));
            String problem = null;
            if (raw == null) {
                problem = "is no longer stored in this browser";
            } else if (expected != null && !expected.equals(SavedProgress.hash(raw))) {
                // The pointer was written but the exercise itself was not (storage full): say so, never open the older one.
                problem = "could not be kept in this browser (its storage is full or blocked)";
            } else {
                try {
                    problem = reopen(o, entry);
                    if (problem == null) return;
                } catch (ExerciseException | RuntimeException e) {
                    problem = "could not be opened (" + e.getMessage() + ")";
                }
                String k = stored(entry);
                problem += ". It has been set aside (kept in this browser under “" + k + "/set-aside”)";
                try {
                    store.put(k + "/set-aside", raw);
                    store.remove(k);
                } catch (StoreException e) {
                    problem += ", or would have been: storage refused, so it stays where it was";
                    o.storageFailed = true;
                }
            }
            openPreset(o, DEFAULT);
            o.storageMessage = "The exercise you had open " + problem + "; here is a built-in worksheet instead.";
            return;
        }
        openPreset(o, entry != null && Presets.byId(entry) != null ? entry : Presets.byId(DEFAULT) != null ? DEFAULT : Presets.all().get(0).id());
    }

    /** Opens the exercise kept for an entry; null when it opened, else what is wrong. */
    private String reopen(Opening o, String entry) throws ExerciseException {
        String raw = read(o, stored(entry));
        if (raw == null) return "is no longer stored";
        if (entry.equals(FILE)) {
            JsonValue v = Json.parse(raw);
            JsonObject obj = v.isObject() ? v.asObject() : null;
            JsonValue name = obj == null ? null : obj.get("name");
            JsonValue text = obj == null ? null : obj.get("text");
            // Every shape is checked by hand: a null dereference is no catchable exception once compiled to JavaScript.
            if (name == null || !name.isString() || text == null || !text.isString()) return "could not be read";
            file(o, name.asString(), text.asString(), ExerciseJson.parse(text.asString()), false);
        } else if (entry.equals(GENERATED)) {
            ShareLink.Decoded d = ShareLink.decode(raw, codec);
            if (d instanceof ShareLink.StudentLink st && st.student() != null) {
                student(o, st);
                return null;
            }
            if (!(d instanceof ShareLink.Seeded s)) return "could not be read";
            seeded(o, s.seed(), s.options(), raw);
        } else {
            storedExercise(o, ExerciseJson.parse(raw), entry);
        }
        return null;
    }

    private void openPreset(Opening o, String id) {
        Presets.Preset p = Presets.byId(id);
        if (p == null) return;
        try {
            Exercise ex = p.exercise();
            Solution s = Solver.solve(ex);
            o.opened = new Opened(s, p.id(), ex.title(), p.id(), ShareLink.forPreset(p.id()), false, 0, null);
            remember(o, p.id(), null, false);
        } catch (NumericException e) {
            o.loadError = e.getMessage();
        }
    }

    private void student(Opening o, ShareLink.StudentLink st) {
        seeded(o, st.seed(), st.options(), ShareLink.forStudent(st.course(), st.student(), st.options()));
    }

    /** A generated exercise, with the link that reopens it: its seed, or the class link with the student's id. */
    private void seeded(Opening o, long seed, GeneratorOptions options, String link) {
        // Nothing is read into the opening or written before this: asked again once the generator is there, the
        // request opens the exercise as if it had never waited.
        if (!generator.ready()) {
            o.waitsForGenerator = true;
            return;
        }
        Exercise ex = generator.generate(seed, options);
        Solution s = Solver.solve(ex);
        o.opened = new Opened(s, GENERATED, ex.title(), "seed-" + seed + "-" + SavedProgress.hash(options.format()), link, false, seed, options);
        remember(o, GENERATED, link, true);
    }

    private void storedExercise(Opening o, Exercise ex, String entry) {
        Solution s = Solver.solve(ex);
        String json = ExerciseWriter.write(ex, false);
        boolean edited = entry.equals(EDITED);
        // The edited exercise keeps one progress key through every Apply, so answers survive an edit.
        String key = edited ? entry : entry + "-" + SavedProgress.hash(json);
        String label = (edited ? "Edited: " : "From a link: ") + ex.title();
        o.opened = new Opened(s, entry, label, key, ShareLink.forExercise(ex, codec), edited, 0, null);
        remember(o, entry, json, true);
    }

    private void file(Opening o, String name, String text, Exercise ex, boolean fresh) {
        Solution s = Solver.solve(ex);
        o.opened = new Opened(s, FILE, "File: " + name + " · " + ex.title(), "file-" + SavedProgress.hash(text),
                ShareLink.forExercise(ex, codec), false, 0, null);
        remember(o, FILE, Json.object().add("name", name).add("text", text).toString(), fresh);
    }

    /**
     * Keeps what is now on screen for the next visit: the entry's exercise first, then the link to it, then the
     * pointer, so a write that fails leaves the previous good state readable.
     */
    private void remember(Opening o, String entry, String content, boolean write) {
        String pointer = content == null ? entry : entry + "@" + SavedProgress.hash(content);
        try {
            if (content != null && write) store(entry, content, o);
            if (content != null) store.put(stored(entry) + "/link", o.opened.link());
            store.put(LAST, pointer);
        } catch (StoreException e) {
            o.storageFailed = true;
            // The pointer is short; where even it does not fit, the old one goes, so the next visit cannot
            // take the exercise left in the entry for this one.
            try {
                store.put(LAST, pointer);
            } catch (StoreException again) {
                try {
                    store.remove(LAST);
                } catch (StoreException ignored) {
                    // Storage refuses everything: the page says the answers are not kept.
                }
            }
        }
    }

    /**
     * Writes an entry's exercise. When storage is full, the exercises kept from a link or a file that are not on
     * screen make room first (the student has the link or the file; answers and the edited exercise are never
     * touched), and the opening says so.
     */
    private void store(String entry, String content, Opening o) {
        try {
            store.put(stored(entry), content);
            return;
        } catch (StoreException full) {
            StringBuilder freed = new StringBuilder();
            for (String other : new String[] {LINK, FILE}) {
                if (other.equals(entry) || store.get(stored(other)) == null) continue;
                store.remove(stored(other));
                store.remove(stored(other) + "/link");
                freed.append(freed.length() == 0 ? "" : " and ").append(other.equals(LINK) ? "the exercise kept from a link" : "the file kept from before");
            }
            if (freed.length() == 0) throw full;
            store.put(stored(entry), content);
            o.storageMessage = "This browser's storage was full: to keep this exercise, " + freed
                    + " was removed from it (open that link or file again to get it back; answers are kept).";
        }
    }

    private String read(Opening o, String key) {
        try {
            return store.get(key);
        } catch (StoreException e) {
            o.storageFailed = true;
            return null;
        }
    }

    /**
     * A broken file's problem as a sentence of its own, without the closing full stop: "At line 1, column 9: …",
     * "In layers[1].bias: …", or the problem alone with a capital letter ("The file is empty").
     */
    static String located(ExerciseException e) {
        String where = e.where();
        String problem = sentence(e.problem());
        if (!where.isEmpty()) return (where.startsWith("line ") ? "At " : "In ") + where + ": " + problem;
        char c = problem.isEmpty() ? 'A' : problem.charAt(0);
        // By hand: toUpperCase would bring the page Unicode's case tables.
        return c >= 'a' && c <= 'z' ? (char) (c - 32) + problem.substring(1) : problem;
    }

    /** A message to go inside a sentence: without its own closing full stop(s). */
    public static String sentence(String message) {
        String m = message == null ? "" : message.trim();
        while (m.endsWith(".")) m = m.substring(0, m.length() - 1);
        return m;
    }
}
