package backprop.exercise;

import backprop.model.Activation;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Loss;
import backprop.model.Network;
import backprop.model.Skip;
import backprop.model.WeightLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * An exercise being edited: every field may be changed in place, including the width of any layer,
 * and nothing is checked until {@link #check()}, which reads the draft back through {@link ExerciseJson}
 * so an edit is judged by exactly the rules an exercise file is, with the same field paths.
 * Weights are held rows = neurons whatever the layout; the layout only changes how they are named.
 */
public final class ExerciseDraft {

    /**
     * A new weight starts small but not zero: a unit whose weights in and out were all 0 would get
     * gradient 0 everywhere and teach nothing. Biases and targets start at 0 (a 0 target keeps a softmax
     * target summing to 1 and a cross-entropy target within [0, 1]); a new input starts at 1.
     */
    static final double NEW_WEIGHT = 0.1;
    static final double NEW_INPUT = 1;
    static final String EDITED = "Edited from ";

    public String title;
    public Loss loss;
    public double learningRate;
    public double[] input;
    public double[] target;
    public double reluAtZero;
    public double leakySlope;
    public WeightLayout layout;
    public int indexBase;
    public List<String> frozen;
    public final List<Activation> activations = new ArrayList<>();
    /** Per layer, rows = neurons. */
    public final List<double[][]> weights = new ArrayList<>();
    /** Per layer; null when the layer has no bias. */
    public final List<double[]> biases = new ArrayList<>();
    /** Per layer, its skips with their weights (rows = neurons). */
    public final List<List<Skip>> skips = new ArrayList<>();
    private final List<double[][]> given = new ArrayList<>();
    private final Exercise base;

    private ExerciseDraft(Exercise ex) {
        base = ex;
        title = ex.title();
        loss = ex.loss();
        learningRate = ex.learningRate();
        input = ex.input().clone();
        target = ex.target().clone();
        Conventions c = ex.conventions();
        reluAtZero = c.reluAtZero();
        leakySlope = c.leakySlope();
        layout = c.weightLayout();
        indexBase = c.indexBase();
        frozen = new ArrayList<>(c.frozen());
        for (Layer layer : ex.network().layers()) {
            activations.add(layer.activation());
            weights.add(copy(layer.weights()));
            biases.add(layer.hasBias() ? layer.bias().clone() : null);
            List<Skip> s = new ArrayList<>();
            for (Skip k : layer.skips()) s.add(new Skip(k.from(), copy(k.weights())));
            skips.add(s);
            given.add(new double[][] {layer.givenZ(), layer.givenA()});
        }
    }

    public static ExerciseDraft of(Exercise ex) {
        return new ExerciseDraft(ex);
    }

    public int depth() {
        return weights.size();
    }

    /** Width of layer l, 0 being the input. */
    public int width(int l) {
        return l == 0 ? input.length : weights.get(l - 1).length;
    }

    /**
     * Gives layer l (0 = the input) n units: every vector and matrix that has a row or column per unit of
     * that layer grows with new entries or loses its last ones. Given forward values of the layer no longer
     * fit and are dropped.
     */
    public void resize(int l, int n) {
        int depth = depth();
        if (l == 0) {
            input = vector(input, n, NEW_INPUT);
        } else {
            int k = l - 1;
            weights.set(k, rows(weights.get(k), n, width(l - 1)));
            if (biases.get(k) != null) biases.set(k, vector(biases.get(k), n, 0));
            List<Skip> own = skips.get(k);
            for (int s = 0; s < own.size(); s++) own.set(s, new Skip(own.get(s).from(), rows(own.get(s).weights(), n, width(own.get(s).from()))));
            given.set(k, new double[2][]);
            if (l == depth) target = vector(target, n, 0);
        }
        if (l < depth) weights.set(l, columns(weights.get(l), n));
        for (List<Skip> list : skips) {
            for (int s = 0; s < list.size(); s++) {
                if (list.get(s).from() == l) list.set(s, new Skip(l, columns(list.get(s).weights(), n)));
            }
        }
    }

    /** Gives layer l (1-based) biases of 0, or takes its biases away. */
    public void bias(int l, boolean on) {
        double[] b = biases.get(l - 1);
        if (on && b == null) biases.set(l - 1, new double[width(l)]);
        if (!on) biases.set(l - 1, null);
    }

    /**
     * The draft as it stands, not yet checked: it may break any rule an exercise file must keep. Once it differs
     * from the exercise it started from, its first note says so: the original's description and notes (a
     * worksheet's printed slips, say) speak of the original numbers.
     */
    public Exercise unchecked() {
        Exercise ex = build(base.notes());
        List<String> notes = base.notes();
        if (notes.isEmpty() || notes.get(0).startsWith(EDITED) || ExerciseWriter.write(ex, false).equals(ExerciseWriter.write(base, false))) {
            return ex;
        }
        List<String> marked = new ArrayList<>();
        marked.add(EDITED + "“" + base.title() + "” in the page: the description and the notes below were written for its original numbers.");
        marked.addAll(notes);
        return build(marked);
    }

    private Exercise build(List<String> notes) {
        List<Layer> layers = new ArrayList<>();
        for (int k = 0; k < depth(); k++) {
            layers.add(new Layer(width(k + 1), activations.get(k), weights.get(k), biases.get(k), skips.get(k), given.get(k)[0], given.get(k)[1]));
        }
        return new Exercise(title, base.description(), notes, new Network(input.length, layers), input, target, loss,
                learningRate, new Conventions(reluAtZero, leakySlope, layout, indexBase, frozen), base.localDerivatives(),
                base.tolerance());
    }

    /** The draft as an exercise, read back through the file rules; the exception names the field at fault. */
    public Exercise check() throws ExerciseException {
        return ExerciseJson.parse(ExerciseWriter.write(unchecked(), false));
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int r = 0; r < m.length; r++) c[r] = m[r].clone();
        return c;
    }

    private static double[] vector(double[] v, int n, double fill) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) out[k] = k < v.length ? v[k] : fill;
        return out;
    }

    private static double[][] rows(double[][] m, int n, int cols) {
        double[][] out = new double[n][];
        for (int r = 0; r < n; r++) out[r] = r < m.length ? m[r] : vector(new double[0], cols, NEW_WEIGHT);
        return out;
    }

    private static double[][] columns(double[][] m, int n) {
        double[][] out = new double[m.length][];
        for (int r = 0; r < m.length; r++) out[r] = vector(m[r], n, NEW_WEIGHT);
        return out;
    }
}
