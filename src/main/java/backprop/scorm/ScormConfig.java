package backprop.scorm;

import backprop.exercise.Json;
import backprop.exercise.JsonObject;
import backprop.exercise.JsonValue;

/**
 * What a SCORM package was made with, as its {@code scorm-config.js} hands it to the page: the exercise (a preset
 * id, a whole exercise file, or generator choices with the course name that, with the student's id, seed each
 * student's own exercise), the mastery score (0–100, or -1 for none) and whether a cell right after feedback
 * earns its mark. Written by the {@code scorm} command, read by the page:
 * {@code {"v":1,"preset":ID | "exercise":{…} | "seeded":CHOICES,"course":NAME, "mastery":80, "afterFeedback":true}}.
 */
public record ScormConfig(String preset, String exerciseJson, String seeded, String course, int mastery, boolean afterFeedback) {

    /** The global that scorm-config.js sets. */
    public static final String GLOBAL = "backpropScorm";

    public static final int NO_MASTERY = -1;

    public String toJson() {
        JsonObject o = Json.object().add("v", 1);
        if (preset != null) o.add("preset", preset);
        if (exerciseJson != null) o.add("exercise", Json.parse(exerciseJson));
        if (seeded != null) o.add("seeded", seeded).add("course", course == null ? "" : course);
        if (mastery != NO_MASTERY) o.add("mastery", mastery);
        return o.add("afterFeedback", afterFeedback).toString();
    }

    /** The package's script: a global holding the configuration, so that a page on file:// or in an LMS need fetch nothing. */
    public String script() {
        // JSON is JavaScript but for two line separators that older engines refuse inside a string.
        String json = toJson().replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        return "window." + GLOBAL + " = " + json + ";\n";
    }

    /** Reads what the page found in the global; null when it is not a configuration this version knows. */
    public static ScormConfig parse(String json) {
        JsonValue root;
        try {
            root = Json.parse(json);
        } catch (RuntimeException e) {
            return null;
        }
        // Every shape is checked by hand: a null dereference is no catchable exception once compiled to JavaScript.
        JsonObject o = root.isObject() ? root.asObject() : null;
        if (o == null || !"1".equals(String.valueOf(o.get("v")))) return null;
        String preset = text(o.get("preset"));
        JsonValue ex = o.get("exercise");
        String exercise = ex != null && ex.isObject() ? ex.toString() : null;
        String seeded = text(o.get("seeded"));
        String course = text(o.get("course"));
        if ((preset != null ? 1 : 0) + (exercise != null ? 1 : 0) + (seeded != null ? 1 : 0) != 1) return null;
        JsonValue m = o.get("mastery");
        int mastery = m == null ? NO_MASTERY : percent(m.toString());
        if (m != null && mastery == NO_MASTERY) return null;
        JsonValue af = o.get("afterFeedback");
        return new ScormConfig(preset, exercise, seeded, course == null ? "" : course, mastery, af == null || af.isTrue());
    }

    private static String text(JsonValue v) {
        return v != null && v.isString() ? v.asString() : null;
    }

    /** A whole number from 0 to 100 written as JSON, else NO_MASTERY; by hand, as the page reads no numbers otherwise. */
    public static int percent(String s) {
        if (s.isEmpty() || s.length() > 3) return NO_MASTERY;
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return NO_MASTERY;
            n = n * 10 + (c - '0');
        }
        return n <= 100 ? n : NO_MASTERY;
    }
}
