package backprop.session;

import backprop.exercise.Json;
import backprop.exercise.JsonArray;
import backprop.exercise.JsonObject;
import backprop.exercise.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An attempt kept in the store under {@code backprop-tutor/progress/<exercise key>}:
 * {"v":2,"fp":…,"answers":{id:text},"shown":[id…],"feedback":[id…]}. Verdicts are not kept; they are
 * judged again from the answers, so a better checker re-judges old work, while "feedback" keeps how each
 * cell was reached. The fingerprint covers the cells and their values: progress saved for an exercise
 * whose numbers have since changed is set aside rather than judged against the wrong answers.
 */
public final class SavedProgress {

    public static final String PREFIX = "backprop-tutor/";
    private static final int VERSION = 2;
    /** Longer texts are no answer; a tampered store must not be able to flood the page. */
    private static final int MAX_ANSWER = backprop.check.AnswerParser.MAX_LENGTH * 10;

    private final Store store;

    public SavedProgress(Store store) {
        this.store = store;
    }

    public static String key(String exerciseKey) {
        return PREFIX + "progress/" + exerciseKey;
    }

    /** Writes the attempt, or removes the entry when nothing is left in it; StoreException when that fails. */
    public void save(String exerciseKey, String fingerprint, Attempt attempt) {
        String k = key(exerciseKey);
        List<String> shown = attempt.shownIds();
        List<String> fb = attempt.feedbackIds();
        if (attempt.answers().isEmpty() && shown.isEmpty() && fb.isEmpty()) {
            store.remove(k);
            return;
        }
        JsonObject a = Json.object();
        // In worksheet order, so the same attempt is always the same text.
        for (int i = 0; i < attempt.size(); i++) {
            String t = attempt.typed(i);
            if (t != null) a.add(attempt.id(i), t);
        }
        store.put(k, Json.object().add("v", VERSION).add("fp", fingerprint).add("answers", a)
                .add("shown", array(shown)).add("feedback", array(fb)).toString());
    }

    /**
     * Puts the saved attempt back into {@code attempt}. Returns null when all went well (or nothing was saved),
     * else a message for the student: what was set aside, or that an edited exercise's answers were kept.
     * {@code carryOver}: answers saved for other numbers are kept (the exercise being edited), not set aside.
     */
    public String restore(String exerciseKey, String fingerprint, Attempt attempt, boolean carryOver) {
        String k = key(exerciseKey);
        String raw = store.get(k);
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
        JsonValue f = o == null ? null : o.get("feedback");
        if (v == null || !v.isNumber() || fp == null || !fp.isString() || a == null || !a.isObject() || s == null || !s.isArray()
                || (f != null && !f.isArray())) {
            return setAside(k, raw, "could not be read");
        }
        // Compared as text: asInt() would bring TeaVM's number parsing into the page for one digit.
        String version = v.toString();
        if (!version.equals("1") && !version.equals(String.valueOf(VERSION))) {
            return setAside(k, raw, "was saved by another version of the tutor");
        }
        String note = null;
        if (!fingerprint.equals(fp.asString())) {
            if (!carryOver) return setAside(k, raw, "was saved for a different version of this exercise");
            note = "The exercise has changed since your answers were typed: they are kept and judged against the new numbers.";
        }
        Map<String, String> typed = new HashMap<>();
        for (JsonObject.Member m : a.asObject()) {
            JsonValue t = m.getValue();
            if (t.isString() && t.asString().length() <= MAX_ANSWER) typed.put(m.getName(), t.asString());
        }
        attempt.restore(typed, strings(s), f == null ? List.of() : strings(f));
        return note;
    }

    /** Moves an unusable entry aside (kept, never deleted) and says so. */
    public String setAside(String k, String raw, String why) {
        try {
            store.put(k + "/set-aside", raw);
            store.remove(k);
        } catch (StoreException e) {
            return "Your saved progress for this exercise " + why + ", and this browser's storage refused to set it aside,"
                    + " so it is left as it was (under “" + k + "”) and the exercise starts fresh.";
        }
        return "Your saved progress for this exercise " + why + ". It has been set aside (kept in this browser under “"
                + k + "/set-aside”) and the exercise starts fresh.";
    }

    private static List<String> strings(JsonValue array) {
        List<String> out = new ArrayList<>();
        for (JsonValue id : array.asArray()) if (id.isString()) out.add(id.asString());
        return out;
    }

    private static JsonArray array(List<String> ids) {
        JsonArray arr = Json.array();
        for (String id : ids) arr.add(id);
        return arr;
    }

    /** FNV-1a over the text: short, stable, and enough to tell two exercises apart. */
    public static String hash(String s) {
        int h = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        return Integer.toHexString(h);
    }
}
