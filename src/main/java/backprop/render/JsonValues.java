package backprop.render;

import backprop.exercise.Json;
import backprop.exercise.JsonArray;
import backprop.exercise.JsonNumbers;
import backprop.exercise.JsonValue;
import backprop.model.WeightLayout;

/** Numbers, vectors and matrices as JSON values, shared by the solution and the grading output. */
public final class JsonValues {

    private JsonValues() {
    }

    /**
     * Full precision. −0 (a product with a dead ReLU) is written 0, which is what it means to a
     * reader; a non-finite value, which JSON cannot hold, is written null.
     */
    public static JsonValue number(double v) {
        if (!Double.isFinite(v)) return Json.NULL;
        return JsonNumbers.of(v == 0 ? 0.0 : v);
    }

    public static JsonValue vector(double[] v) {
        if (v == null) return Json.NULL;
        JsonArray a = new JsonArray();
        for (double d : v) a.add(number(d));
        return a;
    }

    /** A rows = neurons matrix written in the exercise's layout, so it has the shape of the file's W. */
    public static JsonValue matrix(double[][] w, WeightLayout layout) {
        if (w == null) return Json.NULL;
        JsonArray rows = new JsonArray();
        if (layout == WeightLayout.NEURON_ROWS) {
            for (double[] row : w) rows.add(vector(row));
            return rows;
        }
        int inputs = w.length == 0 ? 0 : w[0].length;
        for (int i = 0; i < inputs; i++) {
            JsonArray row = new JsonArray();
            for (double[] neuron : w) row.add(number(neuron[i]));
            rows.add(row);
        }
        return rows;
    }

    public static JsonValue string(String s) {
        return s == null ? Json.NULL : Json.value(s);
    }

    public static JsonArray strings(Iterable<String> items) {
        JsonArray a = new JsonArray();
        for (String s : items) a.add(s);
        return a;
    }
}
