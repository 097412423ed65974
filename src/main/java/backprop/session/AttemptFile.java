package backprop.session;

import backprop.check.Checker;
import backprop.exercise.ExerciseException;
import backprop.exercise.ExerciseJson;
import backprop.exercise.ExerciseWriter;
import backprop.export.ShareLink;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.generate.StudentSeed;
import backprop.model.Exercise;
import backprop.solve.Solver;
import backprop.exercise.Json;
import backprop.exercise.JsonArray;
import backprop.exercise.JsonObject;
import backprop.exercise.JsonSyntaxException;
import backprop.exercise.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A student's attempt as a file ("Download my attempt"), for a course without an LMS:
 * <pre>
 * {"format": "backprop-tutor/attempt@1", "student": "Ada (s123)", "savedAt": 1764637200000,
 *  "exercise": {…the exercise file…}        or  "generated": {"seed": 4711, "options": "2-3-1,…", "course": "nn", "id": "s123"},
 *  "start": {"answers": {id: typed}, "shown": [id], "feedback": [id]},       (work restored on opening; left out when none)
 *  "steps": [{"cell": "z2.0", "typed": "3", "at": 1764637100000, "outcome": "wrong"},
 *            {"cell": "W2.0.0", "show": true, "at": …, "outcome": "shown"}, {"showAll": true, "at": …}],
 *  "cells": [{"id": "yhat.0", "typed": "-1", "outcome": "first-try"}, …],   (every item, in worksheet order)
 *  "score": {"first-try": 1, "after-feedback": 0, "consistent": 0, "shown": 1, "wrong": 0, "unanswered": 32, "total": 34}}
 * </pre>
 * Times are epoch milliseconds. The verdicts in a file are what the page saw; a gradebook never trusts them: it replays
 * the start and the steps, in their order, through {@link Attempt} ({@link #regrade}) and says where the file disagrees.
 * A file is read strictly: an unknown or missing field, a wrong type, is refused with its path.
 */
public final class AttemptFile {

    public static final String FORMAT = "backprop-tutor/attempt@1";
    /** The longest file read: an exercise of the largest size, and many thousands of steps. */
    public static final int MAX_CHARS = 4 * 1024 * 1024;
    public static final int MAX_STEPS = 100_000;

    /** The field names a file may have; in a class of their own so that writing a file in the page never builds them. */
    private static final class Fields {
        static final List<String> TOP = List.of("format", "student", "savedAt", "exercise", "generated", "start", "steps", "cells", "score");
        static final List<String> GENERATED = List.of("seed", "options", "course", "id");
        static final List<String> START = List.of("answers", "shown", "feedback");
        static final List<String> STEP = List.of("cell", "typed", "show", "showAll", "at", "outcome");
        static final List<String> CELL = List.of("id", "typed", "outcome");
        static final List<String> SCORE = List.of("first-try", "after-feedback", "consistent", "shown", "wrong", "unanswered", "total");
    }

    private AttemptFile() {
    }

    /** What the page saves: the exercise on screen (or its seed), the log of the attempt, its outcomes and score. */
    public static String write(Opened opened, Attempt a, AttemptLog log, String student, long savedAt) {
        JsonObject o = Json.object().add("format", FORMAT);
        String name = student == null ? "" : student.trim();
        if (!name.isEmpty()) o.add("student", name);
        o.add("savedAt", savedAt);
        if (opened.options() != null) {
            JsonObject g = Json.object().add("seed", opened.seed()).add("options", opened.options().format());
            // Only a class link is decoded here: it is a short text, and names the class and id the seed came from.
            if (opened.link().startsWith("#seed-from=")) {
                ShareLink.Decoded d = ShareLink.decode(opened.link(), null);
                if (d instanceof ShareLink.StudentLink st && st.student() != null) g.add("course", st.course()).add("id", st.student());
            }
            o.add("generated", g);
        } else {
            o.add("exercise", ExerciseWriter.toJson(opened.solution().exercise()));
        }
        if (log.startsFromSavedWork()) {
            JsonObject answers = Json.object();
            for (int i = 0; i < a.size(); i++) {
                String t = log.startAnswers().get(a.id(i));
                if (t != null) answers.add(a.id(i), t);
            }
            o.add("start", Json.object().add("answers", answers).add("shown", strings(log.startShown()))
                    .add("feedback", strings(log.startFeedback())));
        }
        JsonArray steps = Json.array();
        for (AttemptLog.Step s : log.steps()) {
            JsonObject so = Json.object();
            if (s.showAll()) {
                so.add("showAll", true);
            } else {
                so.add("cell", s.cell());
                if (s.show()) so.add("show", true);
                else so.add("typed", s.typed());
            }
            so.add("at", s.at());
            if (s.outcome() != null) so.add("outcome", s.outcome().key());
            steps.add(so);
        }
        o.add("steps", steps);
        JsonArray cells = Json.array();
        for (int i = 0; i < a.size(); i++) {
            JsonObject c = Json.object().add("id", a.id(i));
            if (a.typed(i) != null) c.add("typed", a.typed(i));
            cells.add(c.add("outcome", a.outcome(i).key()));
        }
        o.add("cells", cells);
        Tally t = a.tally();
        o.add("score", Json.object().add("first-try", t.firstTry()).add("after-feedback", t.afterFeedback())
                .add("consistent", t.consistent()).add("shown", t.shown()).add("wrong", t.wrong())
                .add("unanswered", t.unanswered()).add("total", t.total()));
        return o.toPrettyString() + "\n";
    }

    /** The download name: the exercise's file name with "-attempt" before ".json". */
    public static String fileName(Opened opened) {
        String f = FileName.of(opened.solution().exercise().title());
        return f.substring(0, f.length() - ".json".length()) + "-attempt.json";
    }

    /** A cell as the file states it at the end: what is typed (null: nothing) and its outcome. */
    public record RecordedCell(String id, String typed, Outcome outcome) {
    }

    /**
     * An attempt file as read. {@code exercise} is the file's exercise, or the one its seed makes; {@code seed},
     * {@code options} are set for a generated exercise, {@code course} and {@code courseId} for one from a class link.
     */
    public record Record(String student, Long savedAt, Exercise exercise, Long seed, GeneratorOptions options, String course,
                         String courseId, AttemptLog log, List<RecordedCell> cells, Tally score) {

        /** Who the attempt is by: the id a class link's seed came from, else the name typed, else null. */
        public String who() {
            return courseId != null ? courseId : student;
        }
    }

    /** The attempt replayed by the core, its score, and every place where the file says otherwise. */
    public record Regrade(Attempt attempt, Tally tally, List<String> disagreements) {
        public boolean tampered() {
            return !disagreements.isEmpty();
        }
    }

    public static Record read(String text) throws AttemptFileException {
        if (text == null || text.trim().isEmpty()) throw new AttemptFileException("", "the file is empty");
        if (text.length() > MAX_CHARS) throw new AttemptFileException("", "the file has " + text.length() + " characters; an attempt file has at most " + MAX_CHARS);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        JsonValue root;
        try {
            root = Json.parse(text);
        } catch (JsonSyntaxException e) {
            throw new AttemptFileException("line " + e.line + ", column " + e.column, "this is not valid JSON");
        } catch (StackOverflowError e) {
            throw new AttemptFileException("", "brackets are nested too deeply");
        }
        if (!root.isObject()) throw new AttemptFileException("", "an attempt file is a JSON object { … }, found " + kind(root));
        JsonObject o = root.asObject();
        JsonValue format = o.get("format");
        if (format == null) {
            boolean exercise = o.get("layers") != null && o.get("title") != null;
            throw new AttemptFileException("format", exercise ? "this is an exercise file, not an attempt file (no \"format\": \"" + FORMAT + "\")"
                    : "missing; an attempt file starts with \"format\": \"" + FORMAT + "\"");
        }
        if (!format.isString()) throw new AttemptFileException("format", "expected a string, found " + kind(format));
        String f = format.asString();
        if (!f.equals(FORMAT)) {
            throw new AttemptFileException("format", f.startsWith("backprop-tutor/exercise@") ? "this is an exercise file, not an attempt file"
                    : f.startsWith("backprop-tutor/attempt@") ? "this attempt file is version " + shorten(f.substring(f.indexOf('@') + 1)) + "; this tutor reads " + FORMAT
                    : "unknown format '" + shorten(f) + "'; an attempt file has " + FORMAT);
        }
        onlyKnown(o, "", Fields.TOP);
        String student = o.get("student") == null ? null : string(o.get("student"), "student");
        Long savedAt = o.get("savedAt") == null ? null : time(o.get("savedAt"), "savedAt");

        JsonValue ev = o.get("exercise");
        JsonValue gv = o.get("generated");
        if ((ev == null) == (gv == null)) {
            throw new AttemptFileException(ev == null ? "exercise" : "generated", ev == null
                    ? "missing; an attempt file holds its exercise (\"exercise\": {…}) or its seed (\"generated\": {…})"
                    : "an attempt file holds either \"exercise\" or \"generated\", not both");
        }
        Exercise exercise;
        Long seed = null;
        GeneratorOptions options = null;
        String course = null;
        String courseId = null;
        if (ev != null) {
            if (!ev.isObject()) throw new AttemptFileException("exercise", "expected an exercise object { … }, found " + kind(ev));
            try {
                exercise = ExerciseJson.parse(ev.toString());
            } catch (ExerciseException e) {
                throw new AttemptFileException(e.where().isEmpty() ? "exercise" : "exercise." + e.where(), e.problem());
            }
        } else {
            JsonObject g = object(gv, "generated");
            onlyKnown(g, "generated", Fields.GENERATED);
            seed = whole(require(g, "seed", "generated"), "generated.seed", Long.MIN_VALUE);
            String ot = string(require(g, "options", "generated"), "generated.options");
            try {
                options = GeneratorOptions.parse(ot);
            } catch (IllegalArgumentException e) {
                throw new AttemptFileException("generated.options", e.getMessage());
            }
            if ((g.get("course") == null) != (g.get("id") == null)) {
                throw new AttemptFileException(g.get("course") == null ? "generated.course" : "generated.id",
                        "a class link's exercise names both its class (course) and the student's id (id)");
            }
            if (g.get("course") != null) {
                course = string(g.get("course"), "generated.course");
                courseId = string(g.get("id"), "generated.id");
                if (StudentSeed.of(course, courseId) == null) throw new AttemptFileException("generated.id", "the student id is empty");
            }
            try {
                exercise = ExerciseGenerator.generate(seed, options);
            } catch (RuntimeException e) {
                throw new AttemptFileException("generated", "seed " + seed + " with these options makes no exercise (" + e.getMessage() + ")");
            }
        }

        AttemptLog log = new AttemptLog(null);
        JsonValue sv = o.get("start");
        if (sv != null) {
            JsonObject so = object(sv, "start");
            onlyKnown(so, "start", Fields.START);
            Map<String, String> answers = new HashMap<>();
            JsonObject ao = object(require(so, "answers", "start"), "start.answers");
            for (JsonObject.Member m : ao) answers.put(m.getName(), string(m.getValue(), "start.answers." + m.getName()));
            log.start(answers, stringList(require(so, "shown", "start"), "start.shown"), stringList(require(so, "feedback", "start"), "start.feedback"));
        }
        JsonArray steps = array(require(o, "steps", ""), "steps");
        if (steps.size() > MAX_STEPS) throw new AttemptFileException("steps", steps.size() + " steps; an attempt file has at most " + MAX_STEPS);
        for (int k = 0; k < steps.size(); k++) log.add(step(steps.get(k), "steps[" + k + "]"));

        JsonArray cv = array(require(o, "cells", ""), "cells");
        List<RecordedCell> cells = new ArrayList<>();
        for (int k = 0; k < cv.size(); k++) {
            String at = "cells[" + k + "]";
            JsonObject c = object(cv.get(k), at);
            onlyKnown(c, at, Fields.CELL);
            String id = string(require(c, "id", at), at + ".id");
            String typed = c.get("typed") == null ? null : string(c.get("typed"), at + ".typed");
            cells.add(new RecordedCell(id, typed, outcome(require(c, "outcome", at), at + ".outcome")));
        }
        JsonObject sc = object(require(o, "score", ""), "score");
        onlyKnown(sc, "score", Fields.SCORE);
        int[] n = new int[Fields.SCORE.size()];
        for (int k = 0; k < n.length; k++) n[k] = (int) whole(require(sc, Fields.SCORE.get(k), "score"), "score." + Fields.SCORE.get(k), 0);
        Tally score = new Tally(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
        return new Record(student, savedAt, exercise, seed, options, course, courseId, log, cells, score);
    }

    /**
     * Replays the file's attempt with the core: the start state, then every step in the file's order. Its outcomes are
     * the core's; where the file's own outcomes, cells or score say otherwise, or a class link's seed is not the one the
     * student's id gives, that is a disagreement (a file edited by hand). A step on a cell the exercise does not have
     * makes the file unusable.
     */
    public static Regrade regrade(Record r) throws AttemptFileException {
        List<String> dis = new ArrayList<>();
        Attempt a;
        try {
            a = new Attempt(new Checker(Solver.solve(r.exercise())));
        } catch (RuntimeException e) {
            throw new AttemptFileException(r.seed() == null ? "exercise" : "generated", "the exercise cannot be solved: " + e.getMessage());
        }
        AttemptLog log = r.log();
        known(a, log.startAnswers().keySet(), "start.answers");
        known(a, log.startShown(), "start.shown");
        known(a, log.startFeedback(), "start.feedback");
        if (r.course() != null) {
            long expected = StudentSeed.of(r.course(), r.courseId());
            if (expected != r.seed()) {
                dis.add("generated.seed: " + r.seed() + " is not the seed of student '" + r.courseId() + "' in class '" + r.course() + "' (that is " + expected + ")");
            }
        }
        a.restore(log.startAnswers(), log.startShown(), log.startFeedback());
        long last = Long.MIN_VALUE;
        for (int k = 0; k < log.steps().size(); k++) {
            AttemptLog.Step s = log.steps().get(k);
            String at = "steps[" + k + "]";
            if (s.at() < last) dis.add(at + ".at: earlier than the step before it");
            last = Math.max(last, s.at());
            if (s.showAll()) {
                a.showAll();
                continue;
            }
            int i = a.indexOf(s.cell());
            if (i < 0) throw new AttemptFileException(at + ".cell", "this exercise has no cell or question '" + shorten(s.cell()) + "'");
            if (s.show()) a.show(s.cell());
            else a.answer(s.cell(), s.typed());
            if (s.outcome() != a.outcome(i)) {
                dis.add(at + ".outcome: the file says " + s.outcome().key() + ", the re-grade gives " + a.outcome(i).key());
            }
        }
        List<RecordedCell> cells = r.cells();
        if (cells.size() != a.size()) {
            dis.add("cells: the file lists " + cells.size() + " cells and questions, the exercise has " + a.size());
        }
        for (int k = 0; k < Math.min(cells.size(), a.size()); k++) {
            RecordedCell c = cells.get(k);
            String at = "cells[" + k + "]";
            if (!c.id().equals(a.id(k))) {
                dis.add(at + ".id: the file says " + shorten(c.id()) + ", the exercise's item there is " + a.id(k));
                continue;
            }
            String typed = a.typed(k);
            if (c.typed() == null ? typed != null : !c.typed().equals(typed)) dis.add(at + ".typed: not what the steps leave typed in " + c.id());
            if (c.outcome() != a.outcome(k)) {
                dis.add(at + ".outcome: the file says " + c.outcome().key() + ", the re-grade gives " + a.outcome(k).key());
            }
        }
        Tally t = a.tally();
        Tally s = r.score();
        int[] mine = {t.firstTry(), t.afterFeedback(), t.consistent(), t.shown(), t.wrong(), t.unanswered(), t.total()};
        int[] theirs = {s.firstTry(), s.afterFeedback(), s.consistent(), s.shown(), s.wrong(), s.unanswered(), s.total()};
        for (int k = 0; k < mine.length; k++) {
            if (mine[k] != theirs[k]) dis.add("score." + Fields.SCORE.get(k) + ": the file says " + theirs[k] + ", the re-grade gives " + mine[k]);
        }
        return new Regrade(a, t, dis);
    }

    private static void known(Attempt a, Iterable<String> ids, String at) throws AttemptFileException {
        for (String id : ids) {
            if (a.indexOf(id) < 0) throw new AttemptFileException(at, "this exercise has no cell or question '" + shorten(id) + "'");
        }
    }

    private static AttemptLog.Step step(JsonValue v, String at) throws AttemptFileException {
        JsonObject o = object(v, at);
        onlyKnown(o, at, Fields.STEP);
        long time = time(require(o, "at", at), at + ".at");
        if (o.get("showAll") != null) {
            if (!o.get("showAll").isTrue()) throw new AttemptFileException(at + ".showAll", "is true when present, found " + kind(o.get("showAll")));
            for (String other : new String[] {"cell", "typed", "show", "outcome"}) {
                if (o.get(other) != null) throw new AttemptFileException(at + "." + other, "a \"Show all answers\" step has only showAll and at");
            }
            return new AttemptLog.Step(null, null, true, time, null);
        }
        String cell = string(require(o, "cell", at), at + ".cell");
        Outcome outcome = outcome(require(o, "outcome", at), at + ".outcome");
        if (o.get("show") != null) {
            if (!o.get("show").isTrue()) throw new AttemptFileException(at + ".show", "is true when present, found " + kind(o.get("show")));
            if (o.get("typed") != null) throw new AttemptFileException(at + ".typed", "a \"Show answer\" step has no typed answer");
            return new AttemptLog.Step(cell, null, true, time, outcome);
        }
        String typed = string(require(o, "typed", at), at + ".typed");
        return new AttemptLog.Step(cell, typed, false, time, outcome);
    }

    private static Outcome outcome(JsonValue v, String at) throws AttemptFileException {
        String key = string(v, at);
        for (Outcome o : Outcome.values()) if (o.key().equals(key)) return o;
        StringBuilder keys = new StringBuilder();
        for (Outcome o : Outcome.values()) keys.append(keys.length() == 0 ? "" : ", ").append(o.key());
        throw new AttemptFileException(at, "unknown outcome '" + shorten(key) + "'; one of " + keys);
    }

    private static long time(JsonValue v, String at) throws AttemptFileException {
        return whole(v, at, 0);
    }

    private static long whole(JsonValue v, String at, long min) throws AttemptFileException {
        if (!v.isNumber()) throw new AttemptFileException(at, "expected a whole number, found " + kind(v));
        String t = v.toString();
        long n;
        try {
            n = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new AttemptFileException(at, "expected a whole number, found " + shorten(t));
        }
        if (n < min) throw new AttemptFileException(at, "must be " + min + " or more, found " + n);
        return n;
    }

    private static JsonValue require(JsonObject o, String name, String at) throws AttemptFileException {
        JsonValue v = o.get(name);
        if (v == null) throw new AttemptFileException(at.isEmpty() ? name : at + "." + name, "missing");
        return v;
    }

    private static String string(JsonValue v, String at) throws AttemptFileException {
        if (!v.isString()) throw new AttemptFileException(at, "expected a string, found " + kind(v));
        return v.asString();
    }

    private static JsonObject object(JsonValue v, String at) throws AttemptFileException {
        if (!v.isObject()) throw new AttemptFileException(at, "expected an object { … }, found " + kind(v));
        return v.asObject();
    }

    private static JsonArray array(JsonValue v, String at) throws AttemptFileException {
        if (!v.isArray()) throw new AttemptFileException(at, "expected an array [ … ], found " + kind(v));
        return v.asArray();
    }

    private static List<String> stringList(JsonValue v, String at) throws AttemptFileException {
        JsonArray arr = array(v, at);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < arr.size(); k++) out.add(string(arr.get(k), at + "[" + k + "]"));
        return out;
    }

    private static void onlyKnown(JsonObject o, String at, List<String> known) throws AttemptFileException {
        List<String> seen = new ArrayList<>();
        for (String name : o.names()) {
            String path = at.isEmpty() ? name : at + "." + name;
            if (seen.contains(name)) throw new AttemptFileException(path, "the field '" + shorten(name) + "' appears twice in this object");
            seen.add(name);
            if (!known.contains(name)) {
                throw new AttemptFileException(path, "unknown field '" + shorten(name) + "' (known fields: " + String.join(", ", known) + ")");
            }
        }
    }

    private static JsonArray strings(List<String> ids) {
        JsonArray arr = Json.array();
        for (String id : ids) arr.add(id);
        return arr;
    }

    private static String kind(JsonValue v) {
        if (v.isObject()) return "an object";
        if (v.isArray()) return "an array";
        if (v.isString()) return "a string";
        if (v.isNumber()) return "a number";
        if (v.isBoolean()) return "true or false";
        return "null";
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
}
