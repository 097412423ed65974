package backprop.exercise;

import backprop.model.Activation;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Loss;
import backprop.model.Network;
import backprop.model.Skip;
import backprop.model.WeightLayout;
import backprop.notation.Decimal;
import backprop.stage.Stages;
import java.util.ArrayList;
import java.util.List;

/**
 * An exercise being edited: every field may be changed in place, including the width of any layer.
 * {@link #set(String, String)} takes a field's text as typed, by the field's JSON path, and says what is
 * wrong with it; {@link #check()} judges the whole by {@link ExerciseRules}, the rules an exercise file is
 * read with, so a problem has the same words and the same path in the editor as in a file.
 * Weights are held rows = neurons whatever the layout; the layout only changes how they are named.
 *
 * <p>Paths are those of the file ({@code learningRate}, {@code input[0]}, {@code layers[1].weights[0][2]} in
 * the exercise's layout, {@code layers[0].bias[1]}, {@code layers[1].skips[0].weights[0][0]},
 * {@code conventions.frozen}, {@code stages} as stage keys joined by '+' such as {@code forward+loss+backward}, …)
 * plus three for the form's own controls: {@code input-size}, {@code layers[k].size} (units) and
 * {@code layers[k].bias-on} ({@code true} or {@code false}).
 * {@link #paths()} lists every path of the draft as it stands, in the form's order.
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
    /**
     * The editor gives a layer at most this many units: it shows one field per weight, and the form stays
     * usable at 10. A layer read from a file may be wider (up to {@link Limits#UNITS}) and keeps its width.
     */
    public static final int MAX_UNITS = 10;

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
    /** What the student is asked. */
    public Stages stages;
    public final List<Activation> activations = new ArrayList<>();
    /** Per layer, rows = neurons. */
    public final List<double[][]> weights = new ArrayList<>();
    /** Per layer; null when the layer has no bias. */
    public final List<double[]> biases = new ArrayList<>();
    /** Per layer, its skips with their weights (rows = neurons). */
    public final List<List<Skip>> skips = new ArrayList<>();
    private final List<double[][]> given = new ArrayList<>();
    private final Exercise base;
    /** Fields whose last text could not be read, and why, in the order they were typed; the draft keeps their earlier value. */
    private final List<String> unreadablePaths = new ArrayList<>();
    private final List<String> unreadableWhy = new ArrayList<>();
    /** Counts the changes of shape or naming (sizes, biases, layout, index base), after which a form is laid out again. */
    private int shape;

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
        stages = ex.stages();
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
        shape++;
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
        if (on == (b != null)) return;
        shape++;
        biases.set(l - 1, on ? new double[width(l)] : null);
        forgetUnreadable();
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
        Network net = new Network(input.length, layers);
        // Symbolic cells the edit removed (a unit taken away) are dropped rather than refused: the editor has no field for them.
        List<String> symbolic = new ArrayList<>();
        for (String id : base.symbolic()) {
            if (id.equals(Exercise.ALL_BACKWARD) || ExerciseRules.isGradientCell(net, layout, id)) symbolic.add(id);
        }
        return new Exercise(title, base.description(), notes, net, input, target, loss,
                learningRate, new Conventions(reluAtZero, leakySlope, layout, indexBase, frozen), stages,
                base.tolerance(), base.questions(), symbolic);
    }

    /**
     * The draft as an exercise, judged by the rules of an exercise file; the exception names the field at
     * fault. A field whose text could not be read comes first: the draft still holds its earlier value.
     */
    public Exercise check() throws ExerciseException {
        if (!unreadablePaths.isEmpty()) throw new ExerciseException(unreadablePaths.get(0), unreadableWhy.get(0));
        Exercise ex = unchecked();
        ExerciseRules.check(ex);
        return ex;
    }

    /** Every problem of the draft: fields that could not be read, then what the rules find, in file order. */
    public List<ExerciseRules.Problem> problems() {
        List<ExerciseRules.Problem> out = new ArrayList<>();
        for (int k = 0; k < unreadablePaths.size(); k++) out.add(new ExerciseRules.Problem(unreadablePaths.get(k), unreadableWhy.get(k)));
        out.addAll(ExerciseRules.problems(build(base.notes())));
        return out;
    }

    /** Goes up by one whenever a size, a bias, the layout or the index base changes: then the form's fields change too. */
    public int shape() {
        return shape;
    }

    // ---- fields by path ----

    /**
     * Stores a field's text, read as the editor reads it (a decimal comma and the Unicode minus as in answers),
     * and returns what is wrong with that field, or null: the text that cannot be read (the draft keeps the
     * earlier value), or the first rule it breaks. Problems of the whole (a target that no longer adds up to 1)
     * come from {@link #check()}.
     */
    public String set(String path, String text) {
        String t = text == null ? "" : text;
        String problem;
        try {
            problem = store(path, t);
        } catch (IllegalArgumentException e) {
            if (!exists(path)) return e.getMessage();
            forget(path);
            unreadablePaths.add(path);
            unreadableWhy.add(e.getMessage());
            return e.getMessage();
        }
        forget(path);
        if (problem != null) return problem;
        for (ExerciseRules.Problem p : ExerciseRules.problems(build(base.notes()))) {
            String w = p.where();
            if (w.equals(path) || w.startsWith(path + ".") || w.startsWith(path + "[")) return p.message();
        }
        return null;
    }

    /** The text a field shows for the draft's value; null for a path the draft does not have. */
    public String text(String path) {
        if (path.equals("title")) return title;
        if (path.equals("learningRate")) return Decimal.format(learningRate);
        if (path.equals("loss")) return loss.key();
        if (path.equals("input-size")) return Integer.toString(input.length);
        if (path.equals("conventions.reluAtZero")) return Decimal.format(reluAtZero);
        if (path.equals("conventions.leakySlope")) return Decimal.format(leakySlope);
        if (path.equals("conventions.weightLayout")) return layout.key();
        if (path.equals("conventions.indexBase")) return Integer.toString(indexBase);
        if (path.equals("conventions.frozen")) return String.join(", ", frozen);
        if (path.equals("stages")) return stages.text();
        double[] v = vectorAt(path);
        if (v != null) return Decimal.format(v[index(path)]);
        int[] ix = FieldPath.match(path, "layers[#].size");
        if (ix != null && layer(ix[0])) return Integer.toString(width(ix[0] + 1));
        ix = FieldPath.match(path, "layers[#].activation");
        if (ix != null && layer(ix[0])) return activations.get(ix[0]).key();
        ix = FieldPath.match(path, "layers[#].bias-on");
        if (ix != null && layer(ix[0])) return biases.get(ix[0]) != null ? "true" : "false";
        double[][] w = matrixAt(path);
        if (w != null) {
            int[] rc = entry(path);
            return Decimal.format(layout == WeightLayout.NEURON_ROWS ? w[rc[0]][rc[1]] : w[rc[1]][rc[0]]);
        }
        return null;
    }

    /** Whether the draft has a field at this path. */
    public boolean exists(String path) {
        return text(path) != null;
    }

    /** Every field of the draft in the form's order: the exercise, x and y, each layer, the conventions. */
    public List<String> paths() {
        List<String> out = new ArrayList<>();
        out.add("title");
        out.add("learningRate");
        out.add("loss");
        out.add("stages");
        out.add("input-size");
        for (int j = 0; j < input.length; j++) out.add("input[" + j + "]");
        for (int j = 0; j < target.length; j++) out.add("target[" + j + "]");
        for (int k = 0; k < depth(); k++) {
            String at = "layers[" + k + "]";
            out.add(at + ".size");
            out.add(at + ".activation");
            out.add(at + ".bias-on");
            matrixPaths(out, at + ".weights", weights.get(k));
            double[] b = biases.get(k);
            if (b != null) for (int j = 0; j < b.length; j++) out.add(at + ".bias[" + j + "]");
            for (int s = 0; s < skips.get(k).size(); s++) matrixPaths(out, at + ".skips[" + s + "].weights", skips.get(k).get(s).weights());
        }
        out.add("conventions.reluAtZero");
        out.add("conventions.leakySlope");
        out.add("conventions.weightLayout");
        out.add("conventions.indexBase");
        out.add("conventions.frozen");
        return out;
    }

    private void matrixPaths(List<String> out, String at, double[][] w) {
        boolean nr = layout == WeightLayout.NEURON_ROWS;
        int rows = nr ? w.length : w[0].length;
        int cols = nr ? w[0].length : w.length;
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) out.add(at + "[" + r + "][" + c + "]");
    }

    /** Stores the value; IllegalArgumentException says why the text cannot be read, a returned text why it cannot be taken. */
    private String store(String path, String t) {
        if (path.equals("title")) {
            if (t.trim().isEmpty()) throw new IllegalArgumentException("give the exercise a title: it names the edited exercise in the list");
            title = t.trim();
            return null;
        }
        if (path.equals("learningRate")) {
            learningRate = number(t);
            return null;
        }
        if (path.equals("conventions.reluAtZero")) {
            reluAtZero = number(t);
            return null;
        }
        if (path.equals("conventions.leakySlope")) {
            leakySlope = number(t);
            return null;
        }
        if (path.equals("loss")) {
            Loss l = Loss.fromKey(t.trim());
            if (l == null) throw new IllegalArgumentException("unknown loss '" + t.trim() + "'; use one of " + Loss.keys());
            loss = l;
            return null;
        }
        if (path.equals("conventions.weightLayout")) {
            WeightLayout w = WeightLayout.fromKey(t.trim());
            if (w == null) throw new IllegalArgumentException("use neuron-rows or input-rows");
            if (w != layout) {
                // The unreadable entries are named in the old layout's rows and columns.
                unreadablePaths.clear();
                unreadableWhy.clear();
                shape++;
            }
            layout = w;
            return null;
        }
        if (path.equals("conventions.indexBase")) {
            String b = t.trim();
            if (!b.equals("0") && !b.equals("1")) throw new IllegalArgumentException("indices start at 0 or at 1");
            int base = b.equals("0") ? 0 : 1;
            if (base != indexBase) shape++;
            indexBase = base;
            return null;
        }
        if (path.equals("conventions.frozen")) {
            List<String> list = new ArrayList<>();
            int start = 0;
            for (int k = 0; k <= t.length(); k++) {
                if (k < t.length() && t.charAt(k) != ',') continue;
                String name = t.substring(start, k).trim();
                if (!name.isEmpty()) list.add(name);
                start = k + 1;
            }
            frozen = list;
            return null;
        }
        if (path.equals("stages")) {
            stages = Stages.parse(t);
            return null;
        }
        if (path.equals("input-size")) return units(0, t);
        double[] v = vectorAt(path);
        if (v != null) {
            v[index(path)] = number(t);
            return null;
        }
        int[] ix = FieldPath.match(path, "layers[#].size");
        if (ix != null && layer(ix[0])) return units(ix[0] + 1, t);
        ix = FieldPath.match(path, "layers[#].activation");
        if (ix != null && layer(ix[0])) {
            Activation a = Activation.fromKey(t.trim());
            if (a == null) throw new IllegalArgumentException("unknown activation '" + t.trim() + "'; use one of " + Activation.keys());
            activations.set(ix[0], a);
            return null;
        }
        ix = FieldPath.match(path, "layers[#].bias-on");
        if (ix != null && layer(ix[0])) {
            String b = t.trim();
            if (!b.equals("true") && !b.equals("false")) throw new IllegalArgumentException("a bias is on (true) or off (false)");
            bias(ix[0] + 1, b.equals("true"));
            return null;
        }
        double[][] w = matrixAt(path);
        if (w != null) {
            int[] rc = entry(path);
            double d = number(t);
            if (layout == WeightLayout.NEURON_ROWS) w[rc[0]][rc[1]] = d;
            else w[rc[1]][rc[0]] = d;
            return null;
        }
        throw new IllegalArgumentException("this exercise has no field '" + path + "'");
    }

    /** A size as typed: a whole number of units; the layer's present width is always taken, even above {@link #MAX_UNITS}. */
    private String units(int l, String t) {
        double n = number(t);
        int now = width(l);
        if (n == now) return null;
        if (n != Math.rint(n) || n < 1 || n > MAX_UNITS) throw new IllegalArgumentException("a layer has 1 to " + MAX_UNITS + " units (whole number)");
        resize(l, (int) n);
        forgetUnreadable();
        Exercise ex = build(base.notes());
        long params = ExerciseRules.parameters(ex.network());
        if (params > Limits.PARAMETERS) return Limits.over(params, "parameters with this size", Limits.PARAMETERS, "in an exercise");
        long cells = ExerciseRules.cells(ex.network(), ex.localDerivatives());
        if (cells > Limits.CELLS) return Limits.over(cells, "gradient cells with this size", Limits.CELLS, "in an exercise");
        return null;
    }

    /** After a change of shape, problems of fields that are gone are gone too. */
    private void forgetUnreadable() {
        for (int k = unreadablePaths.size() - 1; k >= 0; k--) {
            if (!exists(unreadablePaths.get(k))) {
                unreadablePaths.remove(k);
                unreadableWhy.remove(k);
            }
        }
    }

    private void forget(String path) {
        int k = unreadablePaths.indexOf(path);
        if (k >= 0) {
            unreadablePaths.remove(k);
            unreadableWhy.remove(k);
        }
    }

    private boolean layer(int k) {
        return k >= 0 && k < depth();
    }

    /** The vector a path such as input[0], target[1] or layers[0].bias[2] points into, when the entry exists. */
    private double[] vectorAt(String path) {
        int[] ix = FieldPath.match(path, "input[#]");
        if (ix != null) return ix[0] < input.length ? input : null;
        ix = FieldPath.match(path, "target[#]");
        if (ix != null) return ix[0] < target.length ? target : null;
        ix = FieldPath.match(path, "layers[#].bias[#]");
        if (ix != null && layer(ix[0])) {
            double[] b = biases.get(ix[0]);
            return b != null && ix[1] < b.length ? b : null;
        }
        return null;
    }

    private static int index(String path) {
        int[] ix = FieldPath.match(path, "layers[#].bias[#]");
        if (ix != null) return ix[1];
        ix = FieldPath.match(path, "input[#]");
        return ix != null ? ix[0] : FieldPath.match(path, "target[#]")[0];
    }

    /** The matrix (rows = neurons) a weight path points into, when the entry exists in the exercise's layout. */
    private double[][] matrixAt(String path) {
        int[] ix = FieldPath.match(path, "layers[#].weights[#][#]");
        double[][] w = null;
        if (ix != null && layer(ix[0])) w = weights.get(ix[0]);
        int[] sx = FieldPath.match(path, "layers[#].skips[#].weights[#][#]");
        if (sx != null && layer(sx[0]) && sx[1] < skips.get(sx[0]).size()) w = skips.get(sx[0]).get(sx[1]).weights();
        if (w == null) return null;
        int[] rc = entry(path);
        int j = layout == WeightLayout.NEURON_ROWS ? rc[0] : rc[1];
        int i = layout == WeightLayout.NEURON_ROWS ? rc[1] : rc[0];
        return j < w.length && i < w[j].length ? w : null;
    }

    /** Row and column as the path writes them (the file's layout). */
    private static int[] entry(String path) {
        int[] ix = FieldPath.match(path, "layers[#].weights[#][#]");
        if (ix != null) return new int[] {ix[1], ix[2]};
        int[] sx = FieldPath.match(path, "layers[#].skips[#].weights[#][#]");
        return new int[] {sx[2], sx[3]};
    }

    /**
     * A number as typed in a field: spaces around it, a decimal comma and the Unicode minus are read too, as in
     * answers. IllegalArgumentException says what is wrong: nothing typed, or not a (finite) number.
     */
    public static double number(String text) {
        String t = text.trim().replace('\u2212', '-').replace(',', '.');
        if (t.isEmpty()) throw new IllegalArgumentException("type a number here");
        double v;
        try {
            v = Decimal.parse(t);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!Double.isFinite(v)) throw new IllegalArgumentException("“" + shorten(text.trim()) + "” is not a number; type one such as 0.5 or −1.2");
        return v;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "…" : s;
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
