package backprop.symbolic;

import backprop.exercise.Json;
import backprop.exercise.JsonObject;
import backprop.exercise.JsonSyntaxException;
import backprop.exercise.JsonValue;
import backprop.session.SavedProgress;
import backprop.session.Store;
import backprop.session.StoreException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a student typed in the expression fields of one exercise, kept in the page's store so that a reload gives it
 * back (nothing a student did may be lost silently). Kept under {@code backprop-tutor/expressions/} plus a hash of
 * the exercise's text, apart from the numbers' progress, which belongs to the page's own program. Every failure of
 * the store becomes {@link #problem()}, a sentence for the student, never an exception.
 */
public final class ExpressionAnswers {

    public static final String PREFIX = "backprop-tutor/expressions/";
    public static final String NOT_SAVED = "Your expressions can't be saved in this browser (storage is full or blocked):"
            + " they stay on screen until you leave the page.";
    public static final String NOT_READ = "Your expressions from an earlier visit could not be read back (this browser's"
            + " storage cannot be read, or what it kept is damaged); the fields start empty.";

    private final Store store;
    private final String key;
    private final Map<String, String> typed = new LinkedHashMap<>();
    private String problem;

    public ExpressionAnswers(Store store, String exerciseText) {
        this.store = store;
        this.key = PREFIX + SavedProgress.hash(exerciseText);
        String kept;
        try {
            kept = store.get(key);
        } catch (StoreException e) {
            problem = NOT_READ;
            return;
        }
        if (kept != null && !read(kept)) {
            typed.clear();
            problem = NOT_READ;
        }
    }

    /** The key this exercise's expressions are kept under. */
    public String key() {
        return key;
    }

    /** What was typed for an expression id (expr.z2.0), or null. */
    public String typed(String id) {
        return typed.get(id);
    }

    /** Keeps what is in a field now; an empty field forgets its cell. */
    public void set(String id, String text) {
        if (text == null || text.trim().isEmpty()) typed.remove(id);
        else typed.put(id, text);
        save();
    }

    /** Forgets every expression of this exercise ("Reset progress"). */
    public void clear() {
        typed.clear();
        try {
            store.remove(key);
            problem = null;
        } catch (StoreException e) {
            problem = NOT_SAVED;
        }
    }

    /** null while everything typed is kept; else what the student must know. */
    public String problem() {
        return problem;
    }

    private void save() {
        try {
            if (typed.isEmpty()) {
                store.remove(key);
            } else {
                JsonObject o = Json.object();
                for (Map.Entry<String, String> e : typed.entrySet()) o.add(e.getKey(), e.getValue());
                store.put(key, o.toString());
            }
            problem = null;
        } catch (StoreException e) {
            problem = NOT_SAVED;
        }
    }

    /** Reads a kept entry: an object of expression ids to typed text; false for anything else. */
    private boolean read(String text) {
        JsonValue v;
        try {
            v = Json.parse(text);
        } catch (JsonSyntaxException e) {
            return false;
        }
        if (!v.isObject()) return false;
        JsonObject o = v.asObject();
        for (String name : o.names()) {
            JsonValue value = o.get(name);
            if (!name.startsWith(AskedExpressions.PREFIX) || !value.isString()) return false;
            typed.put(name, value.asString());
        }
        return true;
    }
}
