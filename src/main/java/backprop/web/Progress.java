package backprop.web;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * A student's answers per exercise in localStorage: {"v":1,"fp":…,"answers":{id:text},"shown":[id…]}.
 * Verdicts are not stored; they are recomputed from the answers, so a better checker re-judges old work.
 * The fingerprint covers the cells and their values: progress saved for an exercise whose numbers have
 * since changed is set aside rather than judged against the wrong answers.
 */
final class Progress {

    static final String PREFIX = "backprop-tutor/";
    private static final int VERSION = 1;
    /** Longer texts are no answer; a tampered store must not be able to flood the page. */
    private static final int MAX_ANSWER = 200;

    private Progress() {
    }

    static String key(String exerciseKey) {
        return PREFIX + "progress/" + exerciseKey;
    }

    static void save(String exerciseKey, String fingerprint, Map<String, String> answers, List<String> shown) {
        JsonObject a = Json.object();
        for (Map.Entry<String, String> e : answers.entrySet()) a.add(e.getKey(), e.getValue());
        JsonArray s = Json.array();
        for (String id : shown) s.add(id);
        String k = key(exerciseKey);
        if (answers.isEmpty() && shown.isEmpty()) Dom.store(k, null);
        else Dom.store(k, Json.object().add("v", VERSION).add("fp", fingerprint).add("answers", a).add("shown", s).toString());
    }

    /**
     * Fills answers and shown from storage, keeping only ids in {@code cells}. Returns null when all went
     * well (or nothing was saved), else a message saying what was set aside.
     */
    static String restore(String exerciseKey, String fingerprint, List<String> cells, Map<String, String> answers, List<String> shown,
                          boolean carryOver) {
        String k = key(exerciseKey);
        String raw = Dom.load(k);
        if (raw == null) return null;
        JsonValue root;
        try {
            root = Json.parse(raw);
        } catch (RuntimeException e) {
            root = null;
        }
        // Every shape is checked by hand: a null dereference is no catchable exception once compiled to JavaScript.
        JsonObject o = root != null && root.isObject() ? root.asObject() : null;
        JsonValue v = o == null ? null : o.get("v");
        JsonValue fp = o == null ? null : o.get("fp");
        JsonValue a = o == null ? null : o.get("answers");
        JsonValue s = o == null ? null : o.get("shown");
        if (v == null || !v.isNumber() || fp == null || !fp.isString() || a == null || !a.isObject() || s == null || !s.isArray()) {
            return setAside(k, raw, "could not be read");
        }
        // Compared as text: asDouble()/asInt() would bring TeaVM's number parsing into the page for one digit.
        String note = null;
        if (!String.valueOf(VERSION).equals(v.toString())) return setAside(k, raw, "was saved by another version of the tutor");
        if (!fingerprint.equals(fp.asString())) {
            // An exercise the student edits keeps their answers: each is judged again against the new numbers.
            if (!carryOver) return setAside(k, raw, "was saved for a different version of this exercise");
            note = "The exercise has changed since your answers were typed: they are kept and judged against the new numbers.";
        }
        for (JsonObject.Member m : a.asObject()) {
            JsonValue t = m.getValue();
            if (cells.contains(m.getName()) && t.isString() && t.asString().length() <= MAX_ANSWER) answers.put(m.getName(), t.asString());
        }
        for (JsonValue id : s.asArray()) if (id.isString() && cells.contains(id.asString()) && !shown.contains(id.asString())) shown.add(id.asString());
        return note;
    }

    static String setAside(String k, String raw, String why) {
        Dom.store(k + "/set-aside", raw);
        Dom.store(k, null);
        return "Your saved progress for this exercise " + why + ". It has been set aside (kept in this browser under “"
                + k + "/set-aside”) and the exercise starts fresh.";
    }

    /** FNV-1a over the text: short, stable, and enough to tell two exercises apart. */
    static String hash(String s) {
        int h = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        return Integer.toHexString(h);
    }
}
