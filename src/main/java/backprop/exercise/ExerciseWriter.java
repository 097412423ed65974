package backprop.exercise;

import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Skip;
import backprop.model.Tolerance;
import backprop.model.WeightLayout;

/**
 * Writes an exercise back as a file that {@link ExerciseJson} reads to the same exercise: weights in
 * the exercise's own layout, defaults left out so the file stays as short as a hand-written one.
 */
public final class ExerciseWriter {

    private ExerciseWriter() {
    }

    public static String write(Exercise ex, boolean pretty) {
        JsonObject o = toJson(ex);
        return pretty ? o.toPrettyString() : o.toString();
    }

    public static JsonObject toJson(Exercise ex) {
        JsonObject o = new JsonObject();
        o.add("format", "backprop-tutor/exercise@1");
        o.add("title", ex.title());
        if (!ex.description().isEmpty()) o.add("description", ex.description());
        if (!ex.notes().isEmpty()) {
            JsonArray notes = new JsonArray();
            for (String n : ex.notes()) notes.add(n);
            o.add("notes", notes);
        }
        o.add("input", vector(ex.input()));
        o.add("target", vector(ex.target()));
        o.add("loss", ex.loss().key());
        o.add("learningRate", JsonNumbers.of(ex.learningRate()));
        JsonObject conv = conventions(ex.conventions());
        if (!conv.isEmpty()) o.add("conventions", conv);
        if (ex.localDerivatives()) o.add("localDerivatives", true);
        JsonObject tol = tolerance(ex.tolerance());
        if (!tol.isEmpty()) o.add("tolerance", tol);
        SheetJson.writeStages(o, ex.stages());
        SheetJson.writeSymbolic(o, ex.symbolic());
        JsonArray layers = new JsonArray();
        WeightLayout layout = ex.conventions().weightLayout();
        for (Layer layer : ex.network().layers()) {
            JsonObject lo = new JsonObject();
            lo.add("activation", layer.activation().key());
            lo.add("weights", matrix(layer.weights(), layout));
            if (layer.hasBias()) lo.add("bias", vector(layer.bias()));
            if (!layer.skips().isEmpty()) {
                JsonArray skips = new JsonArray();
                for (Skip s : layer.skips()) skips.add(new JsonObject().add("from", s.from()).add("weights", matrix(s.weights(), layout)));
                lo.add("skips", skips);
            }
            if (layer.givenZ() != null || layer.givenA() != null) {
                JsonObject given = new JsonObject();
                if (layer.givenZ() != null) given.add("z", vector(layer.givenZ()));
                if (layer.givenA() != null) given.add("a", vector(layer.givenA()));
                lo.add("given", given);
            }
            layers.add(lo);
        }
        o.add("layers", layers);
        SheetJson.writeQuestions(o, ex.questions());
        return o;
    }

    private static JsonObject conventions(Conventions c) {
        Conventions d = Conventions.DEFAULT;
        JsonObject o = new JsonObject();
        if (c.reluAtZero() != d.reluAtZero()) o.add("reluAtZero", JsonNumbers.of(c.reluAtZero()));
        if (c.leakySlope() != d.leakySlope()) o.add("leakySlope", JsonNumbers.of(c.leakySlope()));
        if (c.weightLayout() != d.weightLayout()) o.add("weightLayout", c.weightLayout().key());
        if (c.indexBase() != d.indexBase()) o.add("indexBase", c.indexBase());
        if (!c.frozen().isEmpty()) {
            JsonArray f = new JsonArray();
            for (String s : c.frozen()) f.add(s);
            o.add("frozen", f);
        }
        return o;
    }

    private static JsonObject tolerance(Tolerance t) {
        Tolerance d = Tolerance.DEFAULT;
        JsonObject o = new JsonObject();
        if (t.equals(d)) return o;
        o.add("mode", t.mode().key());
        if (t.mode() == Tolerance.Mode.RELATIVE) {
            o.add("rtol", JsonNumbers.of(t.rtol()));
            o.add("atol", JsonNumbers.of(t.atol()));
        } else {
            o.add("digits", t.digits());
        }
        return o;
    }

    /** Rows = neurons in memory, written in the exercise's layout. */
    private static JsonArray matrix(double[][] w, WeightLayout layout) {
        JsonArray rows = new JsonArray();
        if (layout == WeightLayout.NEURON_ROWS) {
            for (double[] row : w) rows.add(vector(row));
            return rows;
        }
        for (int i = 0; i < w[0].length; i++) {
            JsonArray row = new JsonArray();
            for (double[] neuron : w) row.add(JsonNumbers.of(neuron[i]));
            rows.add(row);
        }
        return rows;
    }

    private static JsonArray vector(double[] v) {
        JsonArray a = new JsonArray();
        for (double d : v) a.add(JsonNumbers.of(d));
        return a;
    }

    /** Parses what {@link #write} produced; a programming error if it does not read back. */
    static Exercise roundTrip(Exercise ex) {
        try {
            return ExerciseJson.parse(write(ex, false));
        } catch (ExerciseException e) {
            throw new IllegalStateException(e);
        }
    }
}
