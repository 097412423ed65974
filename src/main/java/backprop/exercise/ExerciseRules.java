package backprop.exercise;

import backprop.model.Activation;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Loss;
import backprop.model.Network;
import backprop.model.ParamRef;
import backprop.model.Skip;
import backprop.model.Tolerance;
import backprop.model.WeightLayout;
import backprop.notation.Num;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes an exercise usable, whoever made it: the file reader ({@link ExerciseJson}) and the editor's
 * draft ({@link ExerciseDraft}) both judge by these rules, so a problem gets the same words and the same
 * JSON path in both. The rules look at an {@link Exercise} as the model holds it (weights rows = neurons)
 * and name fields as the file writes them (in the exercise's weight layout). {@link Limits} are rules too.
 */
public final class ExerciseRules {

    /** One problem: the JSON path of the field ("layers[1].weights[0]") and what is wrong there. */
    public record Problem(String where, String message) {
        public ExerciseException exception() {
            return new ExerciseException(where, message);
        }
    }

    private ExerciseRules() {
    }

    /** Throws the first problem of {@link #problems}, the one a file reader reports. */
    public static void check(Exercise ex) throws ExerciseException {
        List<Problem> found = problems(ex);
        if (!found.isEmpty()) throw found.get(0).exception();
    }

    /**
     * Every problem of the exercise, in the order of the file's fields. A part that is wrong in itself (a
     * matrix of the wrong shape) is not judged further, so one mistake gives one problem.
     */
    public static List<Problem> problems(Exercise ex) {
        List<Problem> out = new ArrayList<>();
        text(out, "title", ex.title(), Limits.TITLE_CHARS);
        if (ex.title() != null && ex.title().trim().isEmpty()) {
            out.add(new Problem("title", "give the exercise a title: it names the exercise in the list and heads the page"));
        }
        text(out, "description", ex.description(), Limits.DESCRIPTION_CHARS);
        List<String> notes = ex.notes();
        int allowed = Limits.NOTES + (!notes.isEmpty() && notes.get(0).startsWith(ExerciseDraft.EDITED) ? 1 : 0);
        if (notes.size() > allowed) out.add(new Problem("notes", Limits.over(notes.size(), "notes", Limits.NOTES, "in an exercise")));
        for (int k = 0; k < notes.size() && k < allowed; k++) text(out, "notes[" + k + "]", notes.get(k), Limits.NOTE_CHARS);

        Network net = ex.network();
        double[] x = ex.input();
        if (x.length == 0) out.add(new Problem("input", "needs at least one number"));
        else if (x.length > Limits.UNITS) out.add(new Problem("input", Limits.over(x.length, "values", Limits.UNITS, "(a layer has at most " + Limits.UNITS + " units)")));
        finite(out, "input", x);
        if (net.depth() == 0) {
            out.add(new Problem("layers", "needs at least one layer (the output layer)"));
            return out;
        }
        if (net.depth() > Limits.LAYERS) {
            out.add(new Problem("layers", Limits.over(net.depth(), "layers", Limits.LAYERS, "in an exercise")));
            return out;
        }
        if (net.inputSize() != x.length) out.add(new Problem("input", "the network reads " + net.inputSize() + " inputs; found " + x.length));
        Conventions conv = ex.conventions();
        boolean shapes = true;
        for (int l = 1; l <= net.depth(); l++) shapes &= layer(out, net, l, conv.weightLayout());
        if (!shapes) return out;
        counts(out, net, ex.localDerivatives());

        Loss loss = ex.loss();
        if (loss == null) out.add(new Problem("loss", "choose a loss; use one of " + Loss.keys()));
        target(out, loss, ex.target(), net);
        double lr = ex.learningRate();
        if (!(lr > 0) || !Double.isFinite(lr)) out.add(new Problem("learningRate", "must be greater than 0, found " + plain(lr)));
        conventions(out, conv, net);
        tolerance(out, ex.tolerance());
        symbolic(out, ex);
        return out;
    }

    /** Each symbolic entry is "backward" or a gradient cell of this network (a cell of a stage not asked is not asked). */
    private static void symbolic(List<Problem> out, Exercise ex) {
        List<String> list = ex.symbolic();
        if (list.isEmpty()) return;
        java.util.Set<String> ids = gradientIds(ex.network(), ex.conventions().weightLayout());
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i);
            if (!id.equals(Exercise.ALL_BACKWARD) && !ids.contains(id)) {
                out.add(new Problem("symbolic[" + i + "]", "this exercise has no gradient cell '"
                        + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "' (ids as z1.0, W1.0.0; or \"backward\")"));
            }
        }
    }

    /** Whether an id names a gradient cell (∂L/∂ŷ, ∂L/∂a, ∂L/∂z, ∂L/∂W, ∂L/∂b) of this network. */
    public static boolean isGradientCell(Network net, WeightLayout layout, String id) {
        return gradientIds(net, layout).contains(id);
    }

    private static java.util.Set<String> gradientIds(Network net, WeightLayout layout) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        int depth = net.depth();
        for (int l = 1; l <= depth; l++) {
            Layer layer = net.layer(l);
            for (int j = 0; j < net.width(l); j++) {
                ids.add(backprop.backward.Ids.z(l, j));
                ids.add(backprop.backward.Ids.a(l, depth, j));
                if (layer.hasBias()) ids.add(ParamRef.bias(l, j).id());
                for (int i = 0; i < net.width(l - 1); i++) ids.add(ParamRef.weight(l, l - 1, j, i, layout).id());
                for (Skip sk : layer.skips()) {
                    for (int i = 0; i < net.width(sk.from()); i++) ids.add(ParamRef.weight(l, sk.from(), j, i, layout).id());
                }
            }
        }
        return ids;
    }

    /** Loss and activation pairs that work but make an odd worksheet: said beside the exercise, never refused. */
    public static List<String> warnings(Network net, Loss loss) {
        List<String> out = new ArrayList<>();
        if (net.depth() == 0 || loss != Loss.BINARY_CROSS_ENTROPY) return out;
        Activation last = net.layer(net.depth()).activation();
        if (last == Activation.SOFTMAX) {
            out.add("Binary cross-entropy treats every softmax output as a yes/no probability of its own, although softmax outputs"
                    + " share one probability that adds up to 1; softmax is usually paired with categorical-cross-entropy.");
        } else if (last != Activation.SIGMOID) {
            out.add("Binary cross-entropy expects a probability from a sigmoid output; a " + last.key() + " output can leave (0, 1),"
                    + " where the loss is undefined. Sigmoid is the usual output for binary-cross-entropy.");
        }
        return out;
    }

    // ---- pieces the file reader also asks while it reads ----

    /**
     * Why layer l cannot read layer {@code from} through a skip, or null when it can. {@code earlier} are the
     * skips of the layer already read. The allowed range is only named where it is not empty.
     */
    static String skipFrom(int l, int from, List<Skip> earlier) {
        String range = l <= 1 ? "layer 1 reads the input directly, so it can have no skip"
                : l == 2 ? "the only skip layer 2 can have reads layer 0 (the input)"
                : "a skip of layer " + l + " reads an earlier layer, from 0 (the input) to " + (l - 2);
        if (from >= l) return "layer " + l + " cannot read layer " + from + ", which does not come before it; " + range;
        if (from == l - 1) {
            return "layer " + (l - 1) + " is already the main input of layer " + l + "; put its weights in \"weights\" (" + range + ")";
        }
        if (from < 0) return "must be a layer number; found " + from + ", and " + range;
        for (Skip other : earlier) if (other.from() == from) return "layer " + l + " already has a skip from layer " + from;
        return null;
    }

    /**
     * A weight matrix as the file writes it, against the shape it must have: {@code neurons} units of layer l,
     * each reading the {@code inputs} values of layer {@code from}; {@code neurons} is −1 when the matrix itself
     * fixes the layer's width (its main weights). Null when it fits.
     */
    static Problem shape(String at, double[][] written, int l, int from, int inputs, int neurons, WeightLayout layout) {
        if (written.length == 0) return new Problem(at, "the matrix is empty");
        boolean neuronRows = layout == WeightLayout.NEURON_ROWS;
        String fromName = from == 0 ? "the input" : "layer " + from;
        String rowMeaning = neuronRows ? "one row per neuron of layer " + l : "one row per value of " + fromName;
        String colMeaning = neuronRows ? "one entry per value of " + fromName : "one entry per neuron of layer " + l;
        int expectRows = neuronRows ? neurons : inputs;
        int expectCols = neuronRows ? inputs : neurons;
        String tooMany = tooManyRows(at, written.length, neuronRows);
        if (tooMany != null && expectRows < 0) return new Problem(at, tooMany);
        if (expectRows >= 0 && written.length != expectRows) {
            return new Problem(at, "with the " + layout.key() + " layout this matrix needs " + expectRows + " rows (" + rowMeaning
                    + "), found " + written.length);
        }
        int cols = expectCols >= 0 ? expectCols : written[0].length;
        for (int r = 0; r < written.length; r++) {
            String many = tooManyEntries(written[r].length, neuronRows);
            if (many != null && expectCols < 0) return new Problem(at + "[" + r + "]", many);
            if (written[r].length != cols) {
                return new Problem(at + "[" + r + "]", "with the " + layout.key() + " layout every row needs " + cols + " entries ("
                        + colMeaning + "), found " + written[r].length);
            }
        }
        if (cols == 0) return new Problem(at, "the rows are empty");
        return null;
    }

    /** More rows than a layer can have units, or null; asked before the rows are read. */
    static String tooManyRows(String at, int rows, boolean neuronRows) {
        if (rows <= Limits.UNITS) return null;
        return neuronRows ? Limits.over(rows, "units", Limits.UNITS, "in a layer")
                : Limits.over(rows, "rows", Limits.UNITS, "(one per value of the layer below, and a layer has at most " + Limits.UNITS + " units)");
    }

    /** More entries in a row than a layer can have units, or null; asked before the row is read. */
    static String tooManyEntries(int entries, boolean neuronRows) {
        if (entries <= Limits.UNITS) return null;
        return neuronRows ? Limits.over(entries, "entries", Limits.UNITS, "in a row (one per value of the layer below, and a layer has at most "
                + Limits.UNITS + " units)") : Limits.over(entries, "units", Limits.UNITS, "in a layer");
    }

    /** The matrix as the file writes it: rows = neurons, or transposed for the input-rows layout. */
    static double[][] written(double[][] neuronRows, WeightLayout layout) {
        if (layout == WeightLayout.NEURON_ROWS || neuronRows.length == 0) return neuronRows;
        int cols = neuronRows[0].length;
        double[][] t = new double[cols][neuronRows.length];
        for (int j = 0; j < neuronRows.length; j++) for (int i = 0; i < cols && i < neuronRows[j].length; i++) t[i][j] = neuronRows[j][i];
        return t;
    }

    // ---- the rules, part by part ----

    /** False when a matrix of this layer has the wrong shape, so that nothing depending on the shapes is judged. */
    private static boolean layer(List<Problem> out, Network net, int l, WeightLayout layout) {
        String at = "layers[" + (l - 1) + "]";
        Layer layer = net.layer(l);
        int size = layer.size();
        if (layer.activation() == null) out.add(new Problem(at + ".activation", "choose an activation; use one of " + Activation.keys()));
        double[][] w = layer.weights();
        if (w.length != size) {
            out.add(new Problem(at + ".weights", "layer " + l + " has " + size + " units but " + w.length + " rows of weights"));
            return false;
        }
        if (size > Limits.UNITS) {
            out.add(new Problem(at + ".weights", Limits.over(size, "units", Limits.UNITS, "in a layer")));
            return false;
        }
        for (int j = 0; j < size; j++) {
            if (w[j].length != net.width(l - 1)) {
                Problem p = shape(at + ".weights", written(w, layout), l, l - 1, net.width(l - 1), size, layout);
                out.add(p != null ? p : new Problem(at + ".weights", "the matrix is not rectangular"));
                return false;
            }
        }
        matrixFinite(out, at + ".weights", w, layout);
        if (layer.activation() == Activation.SOFTMAX && size < 2) {
            out.add(new Problem(at + ".activation", "softmax needs at least 2 units; over one unit it is always 1, so every gradient"
                    + " through it is 0"));
        }
        double[] bias = layer.bias();
        if (bias != null) {
            if (bias.length != size) {
                out.add(new Problem(at + ".bias", "layer " + l + " has " + size + " neuron" + (size == 1 ? "" : "s") + ", so it needs "
                        + size + " bias" + (size == 1 ? "" : "es") + "; found " + bias.length));
            }
            finite(out, at + ".bias", bias);
        }
        boolean ok = true;
        List<Skip> earlier = new ArrayList<>();
        for (int s = 0; s < layer.skips().size(); s++) {
            Skip skip = layer.skips().get(s);
            String sat = at + ".skips[" + s + "]";
            String from = skipFrom(l, skip.from(), earlier);
            if (from != null) {
                out.add(new Problem(sat + ".from", from));
                ok = false;
                continue;
            }
            earlier.add(skip);
            double[][] sw = skip.weights();
            boolean fits = sw.length == size;
            for (int j = 0; j < sw.length && fits; j++) fits = sw[j].length == net.width(skip.from());
            if (!fits) {
                Problem p = shape(sat + ".weights", written(sw, layout), l, skip.from(), net.width(skip.from()), size, layout);
                out.add(p != null ? p : new Problem(sat + ".weights", "the matrix is not rectangular"));
                ok = false;
                continue;
            }
            matrixFinite(out, sat + ".weights", sw, layout);
        }
        given(out, at + ".given.z", layer.givenZ(), size, l);
        given(out, at + ".given.a", layer.givenA(), size, l);
        return ok;
    }

    private static void given(List<Problem> out, String at, double[] v, int size, int l) {
        if (v == null) return;
        if (v.length != size) {
            out.add(new Problem(at, "layer " + l + " has " + size + " neuron" + (size == 1 ? "" : "s") + "; found " + v.length + " value"
                    + (v.length == 1 ? "" : "s")));
        }
        finite(out, at, v);
    }

    /** Parameters and cells, counted without solving; named at the layer where the count passes its cap. */
    private static void counts(List<Problem> out, Network net, boolean local) {
        long params = 0;
        long cells = net.outputSize();
        boolean paramsSaid = false;
        boolean cellsSaid = false;
        for (int l = 1; l <= net.depth(); l++) {
            params += layerParameters(net, l);
            cells += layerCells(net, l, local);
            String at = "layers[" + (l - 1) + "]";
            if (!paramsSaid && params > Limits.PARAMETERS) {
                out.add(new Problem(at + ".weights", Limits.over(params, "parameters (weights and biases) up to this layer", Limits.PARAMETERS,
                        "in an exercise")));
                paramsSaid = true;
            }
            if (!cellsSaid && cells > Limits.CELLS) {
                out.add(new Problem(at, Limits.over(cells, "gradient cells up to this layer", Limits.CELLS, "in an exercise")));
                cellsSaid = true;
            }
        }
    }

    /** Weights, skip weights and biases of the network. */
    public static long parameters(Network net) {
        long n = 0;
        for (int l = 1; l <= net.depth(); l++) n += layerParameters(net, l);
        return n;
    }

    /** The gradient cells the backward pass builds, counted from the shapes alone (a test holds the two together). */
    public static long cells(Network net, boolean localDerivatives) {
        long n = net.outputSize();
        for (int l = 1; l <= net.depth(); l++) n += layerCells(net, l, localDerivatives);
        return n;
    }

    private static long layerParameters(Network net, int l) {
        Layer layer = net.layer(l);
        long n = (long) layer.size() * net.width(l - 1) + (layer.hasBias() ? layer.size() : 0);
        for (Skip s : layer.skips()) n += (long) layer.size() * net.width(s.from());
        return n;
    }

    /** ∂L/∂z, ∂L/∂a below the output, ∂L/∂W, ∂L/∂b; with local derivatives ∂a/∂z, ∂z/∂W and ∂z/∂a too. */
    private static long layerCells(Network net, int l, boolean local) {
        Layer layer = net.layer(l);
        long size = layer.size();
        long w = size * net.width(l - 1);
        long fromHidden = l - 1 >= 1 ? w : 0;
        for (Skip s : layer.skips()) {
            long sw = size * net.width(s.from());
            w += sw;
            if (s.from() >= 1) fromHidden += sw;
        }
        long n = size + (l < net.depth() ? size : 0) + w + (layer.hasBias() ? size : 0);
        if (local) {
            boolean elementwise = layer.activation() == null || layer.activation().elementwise();
            n += (elementwise ? size : size * size) + w + fromHidden;
        }
        return n;
    }

    private static void target(List<Problem> out, Loss loss, double[] y, Network net) {
        int n = net.outputSize();
        if (y.length != n) {
            out.add(new Problem("target", "the output layer has " + n + " neuron" + (n == 1 ? "" : "s") + ", so the target needs " + n
                    + " value" + (n == 1 ? "" : "s") + "; found " + y.length));
            return;
        }
        int before = out.size();
        finite(out, "target", y);
        if (out.size() > before) return;
        if (loss == Loss.BINARY_CROSS_ENTROPY) {
            for (int i = 0; i < y.length; i++) {
                if (y[i] < 0 || y[i] > 1) {
                    out.add(new Problem("target[" + i + "]", "binary cross-entropy needs targets between 0 and 1, found " + plain(y[i])));
                }
            }
        }
        if (loss == Loss.CATEGORICAL_CROSS_ENTROPY) {
            double sum = 0;
            boolean negative = false;
            for (int i = 0; i < y.length; i++) {
                if (y[i] < 0) {
                    out.add(new Problem("target[" + i + "]", "categorical cross-entropy needs targets of at least 0, found " + plain(y[i])));
                    negative = true;
                }
                sum += y[i];
            }
            if (!negative && net.layer(net.depth()).activation() == Activation.SOFTMAX && Math.abs(sum - 1) > 1e-9) {
                out.add(new Problem("target", "with a softmax output the targets are probabilities and must add up to 1; they add up to "
                        + plain(sum)));
            }
        }
    }

    private static void conventions(List<Problem> out, Conventions c, Network net) {
        if (!(c.reluAtZero() >= 0 && c.reluAtZero() <= 1)) {
            out.add(new Problem("conventions.reluAtZero", "ReLU′(0) must be between 0 and 1 (usually 0 or 1), found " + plain(c.reluAtZero())));
        }
        if (!(c.leakySlope() >= 0 && c.leakySlope() < 1)) {
            out.add(new Problem("conventions.leakySlope", "must be at least 0 and below 1, found " + plain(c.leakySlope())));
        }
        if (c.weightLayout() == null) out.add(new Problem("conventions.weightLayout", "choose neuron-rows or input-rows"));
        if (c.indexBase() != 0 && c.indexBase() != 1) {
            out.add(new Problem("conventions.indexBase", "must be 0 or 1, found " + c.indexBase()));
        }
        List<String> frozen = c.frozen();
        if (frozen.size() > Limits.FROZEN_NAMES) {
            out.add(new Problem("conventions.frozen", Limits.over(frozen.size(), "names", Limits.FROZEN_NAMES, "of frozen parameters")));
            return;
        }
        for (int k = 0; k < frozen.size(); k++) {
            String name = frozen.get(k);
            String at = "conventions.frozen[" + k + "]";
            if (name.length() > Limits.NAME_CHARS) {
                out.add(new Problem(at, Limits.over(name.length(), "characters", Limits.NAME_CHARS, "in a parameter name")));
            } else if (c.weightLayout() != null && !names(net, c.weightLayout(), name)) {
                out.add(new Problem(at, "no parameter is called '" + name
                        + "'; use \"weights\", \"biases\", a matrix such as \"W2\", \"b1\", \"W3from1\", or one entry such as \"W2.0.1\""));
            }
        }
    }

    /** Whether a frozen entry names something of this network. */
    private static boolean names(Network net, WeightLayout layout, String name) {
        if (name.equals("weights") || name.equals("biases")) return true;
        for (int l = 1; l <= net.depth(); l++) {
            Layer layer = net.layer(l);
            for (int j = 0; j < layer.size(); j++) {
                if (layer.hasBias() && matches(ParamRef.bias(l, j), name)) return true;
                for (int i = 0; i < layer.inputSize(); i++) if (matches(ParamRef.weight(l, l - 1, j, i, layout), name)) return true;
                for (Skip s : layer.skips()) {
                    for (int i = 0; i < s.weights()[j].length; i++) if (matches(ParamRef.weight(l, s.from(), j, i, layout), name)) return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(ParamRef p, String name) {
        return name.equals(p.matrixName()) || name.equals(p.id());
    }

    private static void tolerance(List<Problem> out, Tolerance t) {
        if (t.mode() == null) out.add(new Problem("tolerance.mode", "choose relative, significant-figures or decimal-places"));
        if (!(t.rtol() >= 0 && t.rtol() < 1)) out.add(new Problem("tolerance.rtol", "must be at least 0 and below 1, found " + plain(t.rtol())));
        if (!(t.atol() >= 0) || !Double.isFinite(t.atol())) out.add(new Problem("tolerance.atol", "must be at least 0, found " + plain(t.atol())));
        if (t.digits() < 1 || t.digits() > 12) out.add(new Problem("tolerance.digits", "must be between 1 and 12, found " + t.digits()));
    }

    private static void text(List<Problem> out, String at, String s, int max) {
        if (s == null) out.add(new Problem(at, "missing"));
        else if (s.length() > max) out.add(new Problem(at, Limits.over(s.length(), "characters", max, null)));
    }

    private static void finite(List<Problem> out, String at, double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                out.add(new Problem(at + "[" + i + "]", "numbers must be finite, found " + plain(v[i])));
                return;
            }
        }
    }

    private static void matrixFinite(List<Problem> out, String at, double[][] neuronRows, WeightLayout layout) {
        for (int j = 0; j < neuronRows.length; j++) {
            for (int i = 0; i < neuronRows[j].length; i++) {
                if (!Double.isFinite(neuronRows[j][i])) {
                    boolean nr = layout != WeightLayout.INPUT_ROWS;
                    out.add(new Problem(at + "[" + (nr ? j : i) + "][" + (nr ? i : j) + "]", "numbers must be finite, found " + plain(neuronRows[j][i])));
                    return;
                }
            }
        }
    }

    static String plain(double d) {
        return Num.ascii(d, 12);
    }
}
