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
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import com.eclipsesource.json.ParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an exercise file. Every problem is reported with the JSON path where it is and what is wrong
 * there; nothing is returned until the whole file has been checked, so a bad file never half-loads.
 * Unknown fields are errors: a misspelt "wieghts" would otherwise be silently ignored.
 */
public final class ExerciseJson {

    private static final List<String> TOP = List.of("format", "title", "description", "notes", "input", "target",
            "loss", "learningRate", "conventions", "localDerivatives", "tolerance", "layers");
    private static final List<String> LAYER = List.of("activation", "weights", "bias", "skips", "given");
    private static final List<String> SKIP = List.of("from", "weights");
    private static final List<String> GIVEN = List.of("z", "a");
    private static final List<String> CONVENTIONS = List.of("reluAtZero", "leakySlope", "weightLayout", "indexBase", "frozen");
    private static final List<String> TOLERANCE = List.of("mode", "rtol", "atol", "digits");

    private ExerciseJson() {
    }

    public static Exercise parse(String text) throws ExerciseException {
        if (text == null || text.trim().isEmpty()) throw new ExerciseException("", "the file is empty");
        checkNesting(text);
        JsonValue root;
        try {
            root = Json.parse(text);
        } catch (ParseException e) {
            throw new ExerciseException("line " + e.getLocation().line + ", column " + e.getLocation().column,
                    "this is not valid JSON (" + withoutLocation(e.getMessage()) + ")");
        }
        if (!root.isObject()) throw new ExerciseException("", "an exercise file must be a JSON object { … }, found " + kind(root));
        return read(root.asObject());
    }

    /** No exercise nests deeper than this; minimal-json recurses per bracket and a hostile file could overflow the stack. */
    static final int MAX_DEPTH = 32;

    private static void checkNesting(String json) throws ExerciseException {
        int depth = 0;
        boolean inString = false;
        for (int k = 0; k < json.length(); k++) {
            char c = json.charAt(k);
            if (inString) {
                if (c == '\\') k++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw new ExerciseException("", "brackets are nested more than " + MAX_DEPTH + " deep; an exercise file never needs that");
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
    }

    private static Exercise read(JsonObject o) throws ExerciseException {
        onlyKnown(o, "", TOP);
        String format = optString(o, "format", "format", null);
        if (format != null && !format.equals("backprop-tutor/exercise@1")) {
            throw new ExerciseException("format", "unknown format '" + format + "'; this version reads backprop-tutor/exercise@1");
        }
        String title = requireString(o, "title", "title");
        String description = optString(o, "description", "description", "");
        List<String> notes = new ArrayList<>();
        JsonValue n = o.get("notes");
        if (n != null && !n.isNull()) {
            if (!n.isArray()) throw new ExerciseException("notes", "expected an array of strings, found " + kind(n));
            JsonArray arr = n.asArray();
            for (int i = 0; i < arr.size(); i++) {
                if (!arr.get(i).isString()) throw new ExerciseException("notes[" + i + "]", "expected a string, found " + kind(arr.get(i)));
                notes.add(arr.get(i).asString());
            }
        }
        Conventions conv = conventions(o.get("conventions"));
        double[] input = vector(require(o, "input", "input", "the input x as an array of numbers"), "input");
        if (input.length == 0) throw new ExerciseException("input", "needs at least one number");

        JsonValue lv = require(o, "layers", "layers", "an array of layers, first hidden layer first");
        if (!lv.isArray()) throw new ExerciseException("layers", "expected an array of layers, found " + kind(lv));
        JsonArray la = lv.asArray();
        if (la.isEmpty()) throw new ExerciseException("layers", "needs at least one layer (the output layer)");
        List<Layer> layers = new ArrayList<>();
        int[] widths = new int[la.size() + 1];
        widths[0] = input.length;
        for (int k = 0; k < la.size(); k++) {
            Layer layer = layer(la.get(k), k + 1, widths, conv);
            layers.add(layer);
            widths[k + 1] = layer.size();
        }
        Network net = new Network(input.length, layers);

        String lossKey = requireString(o, "loss", "loss");
        Loss loss = Loss.fromKey(lossKey);
        if (loss == null) throw new ExerciseException("loss", "unknown loss '" + lossKey + "'; use one of " + Loss.keys());

        double[] target = vector(require(o, "target", "target", "the training target y as an array of "
                + net.outputSize() + (net.outputSize() == 1 ? " number" : " numbers")), "target");
        if (target.length != net.outputSize()) {
            throw new ExerciseException("target", "the output layer has " + net.outputSize() + " neuron"
                    + (net.outputSize() == 1 ? "" : "s") + ", so the target needs " + net.outputSize() + " value"
                    + (net.outputSize() == 1 ? "" : "s") + "; found " + target.length);
        }
        checkTarget(loss, target, net);

        double lr = number(require(o, "learningRate", "learningRate", "the SGD learning rate η, a number > 0"), "learningRate");
        if (!(lr > 0)) throw new ExerciseException("learningRate", "must be greater than 0, found " + plain(lr));

        boolean local = false;
        JsonValue lo = o.get("localDerivatives");
        if (lo != null && !lo.isNull()) {
            if (!lo.isBoolean()) throw new ExerciseException("localDerivatives", "expected true or false, found " + kind(lo));
            local = lo.asBoolean();
        }
        Tolerance tol = tolerance(o.get("tolerance"));
        checkFrozen(conv, net);
        return new Exercise(title, description, notes, net, input, target, loss, lr, conv, local, tol);
    }

    private static Layer layer(JsonValue v, int l, int[] widths, Conventions conv) throws ExerciseException {
        String at = "layers[" + (l - 1) + "]";
        if (!v.isObject()) throw new ExerciseException(at, "expected a layer object { \"activation\": …, \"weights\": … }, found " + kind(v));
        JsonObject o = v.asObject();
        onlyKnown(o, at, LAYER);
        String actKey = requireString(o, "activation", at + ".activation");
        Activation act = Activation.fromKey(actKey);
        if (act == null) throw new ExerciseException(at + ".activation", "unknown activation '" + actKey + "'; use one of " + Activation.keys());
        double[][] w = weights(require(o, "weights", at + ".weights", "the weight matrix of layer " + l), at + ".weights",
                l, l - 1, widths[l - 1], -1, conv.weightLayout());
        int size = w.length;
        if (act == Activation.SOFTMAX && size < 2) {
            throw new ExerciseException(at + ".activation", "softmax needs at least 2 units; over one unit it is always 1, so every gradient"
                    + " through it is 0");
        }

        double[] bias = null;
        JsonValue bv = o.get("bias");
        if (bv != null && !bv.isNull()) {
            bias = vector(bv, at + ".bias");
            if (bias.length != size) {
                throw new ExerciseException(at + ".bias", "layer " + l + " has " + size + " neuron" + (size == 1 ? "" : "s")
                        + ", so it needs " + size + " bias" + (size == 1 ? "" : "es") + "; found " + bias.length);
            }
        }

        List<Skip> skips = new ArrayList<>();
        JsonValue sv = o.get("skips");
        if (sv != null && !sv.isNull()) {
            if (!sv.isArray()) throw new ExerciseException(at + ".skips", "expected an array of {\"from\": layer, \"weights\": …}, found " + kind(sv));
            JsonArray sa = sv.asArray();
            for (int s = 0; s < sa.size(); s++) {
                String sat = at + ".skips[" + s + "]";
                if (!sa.get(s).isObject()) throw new ExerciseException(sat, "expected {\"from\": layer, \"weights\": …}, found " + kind(sa.get(s)));
                JsonObject so = sa.get(s).asObject();
                onlyKnown(so, sat, SKIP);
                int from = integer(require(so, "from", sat + ".from", "the number of the earlier layer it reads (0 = the input)"), sat + ".from");
                if (from >= l) {
                    throw new ExerciseException(sat + ".from", "layer " + l + " cannot read layer " + from
                            + ", which does not come before it; a skip reads an earlier layer, 0 (the input) to " + (l - 2));
                }
                if (from == l - 1) {
                    throw new ExerciseException(sat + ".from", "layer " + (l - 1) + " is already the main input of layer " + l
                            + "; put its weights in \"weights\" (a skip reads a layer from 0 to " + (l - 2) + ")");
                }
                if (from < 0) throw new ExerciseException(sat + ".from", "must be a layer number from 0 (the input) to " + (l - 2) + ", found " + from);
                for (Skip other : skips) {
                    if (other.from() == from) throw new ExerciseException(sat + ".from", "layer " + l + " already has a skip from layer " + from);
                }
                double[][] sw = weights(require(so, "weights", sat + ".weights", "the skip's weight matrix"), sat + ".weights",
                        l, from, widths[from], size, conv.weightLayout());
                skips.add(new Skip(from, sw));
            }
        }

        double[] givenZ = null;
        double[] givenA = null;
        JsonValue gv = o.get("given");
        if (gv != null && !gv.isNull()) {
            if (!gv.isObject()) throw new ExerciseException(at + ".given", "expected {\"z\": […], \"a\": […]}, found " + kind(gv));
            JsonObject go = gv.asObject();
            onlyKnown(go, at + ".given", GIVEN);
            if (go.get("z") != null) givenZ = sized(vector(go.get("z"), at + ".given.z"), size, at + ".given.z", l);
            if (go.get("a") != null) givenA = sized(vector(go.get("a"), at + ".given.a"), size, at + ".given.a", l);
        }
        return new Layer(size, act, w, bias, skips, givenZ, givenA);
    }

    private static double[] sized(double[] v, int size, String at, int l) throws ExerciseException {
        if (v.length != size) throw new ExerciseException(at, "layer " + l + " has " + size + " neuron" + (size == 1 ? "" : "s") + "; found " + v.length + " value" + (v.length == 1 ? "" : "s"));
        return v;
    }

    /**
     * A weight matrix as written, returned as rows = neurons. {@code neurons} is the layer's width when
     * already known (skips), or −1 to take it from the matrix.
     */
    private static double[][] weights(JsonValue v, String at, int l, int from, int inputs, int neurons,
                                      WeightLayout layout) throws ExerciseException {
        String fromName = from == 0 ? "the input" : "layer " + from;
        if (!v.isArray()) throw new ExerciseException(at, "expected a matrix (an array of rows), found " + kind(v));
        JsonArray rows = v.asArray();
        if (rows.isEmpty()) throw new ExerciseException(at, "the matrix is empty");
        double[][] m = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            if (!rows.get(r).isArray()) throw new ExerciseException(at + "[" + r + "]", "expected a row (an array of numbers), found " + kind(rows.get(r)));
            m[r] = vector(rows.get(r), at + "[" + r + "]");
        }
        boolean neuronRows = layout == WeightLayout.NEURON_ROWS;
        String rowMeaning = neuronRows ? "one row per neuron of layer " + l : "one row per value of " + fromName;
        String colMeaning = neuronRows ? "one entry per value of " + fromName : "one entry per neuron of layer " + l;
        int expectRows = neuronRows ? neurons : inputs;
        int expectCols = neuronRows ? inputs : neurons;
        if (expectRows >= 0 && m.length != expectRows) {
            throw new ExerciseException(at, "with the " + layout.key() + " layout this matrix needs " + expectRows + " rows ("
                    + rowMeaning + "), found " + m.length);
        }
        int cols = expectCols >= 0 ? expectCols : m[0].length;
        for (int r = 0; r < m.length; r++) {
            if (m[r].length != cols) {
                throw new ExerciseException(at + "[" + r + "]", "with the " + layout.key() + " layout every row needs " + cols
                        + " entries (" + colMeaning + "), found " + m[r].length);
            }
        }
        if (cols == 0) throw new ExerciseException(at, "the rows are empty");
        if (neuronRows) return m;
        double[][] t = new double[cols][m.length];
        for (int r = 0; r < m.length; r++) for (int c = 0; c < cols; c++) t[c][r] = m[r][c];
        return t;
    }

    private static Conventions conventions(JsonValue v) throws ExerciseException {
        Conventions d = Conventions.DEFAULT;
        if (v == null || v.isNull()) return d;
        if (!v.isObject()) throw new ExerciseException("conventions", "expected an object, found " + kind(v));
        JsonObject o = v.asObject();
        onlyKnown(o, "conventions", CONVENTIONS);
        double relu0 = d.reluAtZero();
        if (o.get("reluAtZero") != null) {
            relu0 = number(o.get("reluAtZero"), "conventions.reluAtZero");
            if (relu0 < 0 || relu0 > 1) throw new ExerciseException("conventions.reluAtZero", "ReLU′(0) must be between 0 and 1 (usually 0 or 1), found " + plain(relu0));
        }
        double slope = d.leakySlope();
        if (o.get("leakySlope") != null) {
            slope = number(o.get("leakySlope"), "conventions.leakySlope");
            if (slope < 0 || slope >= 1) throw new ExerciseException("conventions.leakySlope", "must be at least 0 and below 1, found " + plain(slope));
        }
        WeightLayout layout = d.weightLayout();
        String lk = optString(o, "weightLayout", "conventions.weightLayout", null);
        if (lk != null) {
            layout = WeightLayout.fromKey(lk);
            if (layout == null) throw new ExerciseException("conventions.weightLayout", "unknown layout '" + lk + "'; use neuron-rows (W[j][i], row j = weights into neuron j) or input-rows (W[i][j], row i = weights out of input i)");
        }
        int base = d.indexBase();
        if (o.get("indexBase") != null) {
            base = integer(o.get("indexBase"), "conventions.indexBase");
            if (base != 0 && base != 1) throw new ExerciseException("conventions.indexBase", "must be 0 or 1, found " + base);
        }
        List<String> frozen = new ArrayList<>();
        JsonValue f = o.get("frozen");
        if (f != null && !f.isNull()) {
            if (!f.isArray()) throw new ExerciseException("conventions.frozen", "expected an array of parameter names such as \"biases\", \"W2\", \"b1\", \"W2.0.1\", found " + kind(f));
            for (int i = 0; i < f.asArray().size(); i++) {
                JsonValue e = f.asArray().get(i);
                if (!e.isString()) throw new ExerciseException("conventions.frozen[" + i + "]", "expected a parameter name, found " + kind(e));
                frozen.add(e.asString());
            }
        }
        return new Conventions(relu0, slope, layout, base, frozen);
    }

    private static void checkFrozen(Conventions conv, Network net) throws ExerciseException {
        for (int k = 0; k < conv.frozen().size(); k++) {
            String name = conv.frozen().get(k);
            if (name.equals("weights") || name.equals("biases")) continue;
            boolean found = false;
            for (int l = 1; l <= net.depth() && !found; l++) {
                Layer layer = net.layer(l);
                for (int j = 0; j < layer.size() && !found; j++) {
                    if (layer.hasBias()) found = matches(ParamRef.bias(l, j), name);
                    for (int i = 0; i < layer.inputSize() && !found; i++) {
                        found = matches(ParamRef.weight(l, l - 1, j, i, conv.weightLayout()), name);
                    }
                    for (Skip s : layer.skips()) {
                        for (int i = 0; i < s.weights()[j].length && !found; i++) {
                            found = matches(ParamRef.weight(l, s.from(), j, i, conv.weightLayout()), name);
                        }
                    }
                }
            }
            if (!found) {
                throw new ExerciseException("conventions.frozen[" + k + "]", "no parameter is called '" + name
                        + "'; use \"weights\", \"biases\", a matrix such as \"W2\", \"b1\", \"W3from1\", or one entry such as \"W2.0.1\"");
            }
        }
    }

    private static boolean matches(ParamRef p, String name) {
        return name.equals(p.matrixName()) || name.equals(p.id());
    }

    private static void checkTarget(Loss loss, double[] y, Network net) throws ExerciseException {
        if (loss == Loss.BINARY_CROSS_ENTROPY) {
            for (int i = 0; i < y.length; i++) {
                if (y[i] < 0 || y[i] > 1) throw new ExerciseException("target[" + i + "]", "binary cross-entropy needs targets between 0 and 1, found " + plain(y[i]));
            }
        }
        if (loss == Loss.CATEGORICAL_CROSS_ENTROPY) {
            double sum = 0;
            for (int i = 0; i < y.length; i++) {
                if (y[i] < 0) throw new ExerciseException("target[" + i + "]", "categorical cross-entropy needs targets of at least 0, found " + plain(y[i]));
                sum += y[i];
            }
            if (net.layer(net.depth()).activation() == Activation.SOFTMAX && Math.abs(sum - 1) > 1e-9) {
                throw new ExerciseException("target", "with a softmax output the targets are probabilities and must add up to 1; they add up to " + plain(sum));
            }
        }
    }

    private static Tolerance tolerance(JsonValue v) throws ExerciseException {
        Tolerance d = Tolerance.DEFAULT;
        if (v == null || v.isNull()) return d;
        if (!v.isObject()) throw new ExerciseException("tolerance", "expected an object, found " + kind(v));
        JsonObject o = v.asObject();
        onlyKnown(o, "tolerance", TOLERANCE);
        Tolerance.Mode mode = d.mode();
        String mk = optString(o, "mode", "tolerance.mode", null);
        if (mk != null) {
            mode = Tolerance.Mode.fromKey(mk);
            if (mode == null) throw new ExerciseException("tolerance.mode", "unknown mode '" + mk + "'; use relative, significant-figures or decimal-places");
        }
        double rtol = d.rtol();
        if (o.get("rtol") != null) {
            rtol = number(o.get("rtol"), "tolerance.rtol");
            if (rtol < 0 || rtol >= 1) throw new ExerciseException("tolerance.rtol", "must be at least 0 and below 1, found " + plain(rtol));
        }
        double atol = d.atol();
        if (o.get("atol") != null) {
            atol = number(o.get("atol"), "tolerance.atol");
            if (atol < 0) throw new ExerciseException("tolerance.atol", "must be at least 0, found " + plain(atol));
        }
        int digits = d.digits();
        if (o.get("digits") != null) {
            digits = integer(o.get("digits"), "tolerance.digits");
            if (digits < 1 || digits > 12) throw new ExerciseException("tolerance.digits", "must be between 1 and 12, found " + digits);
        }
        return new Tolerance(mode, rtol, atol, digits);
    }

    private static void onlyKnown(JsonObject o, String at, List<String> known) throws ExerciseException {
        for (String name : o.names()) {
            if (!known.contains(name)) {
                throw new ExerciseException(at.isEmpty() ? name : at + "." + name, "unknown field '" + name + "' (known fields: " + String.join(", ", known) + ")");
            }
        }
    }

    private static JsonValue require(JsonObject o, String name, String at, String what) throws ExerciseException {
        JsonValue v = o.get(name);
        if (v == null || v.isNull()) throw new ExerciseException(at, "missing; give " + what);
        return v;
    }

    private static String requireString(JsonObject o, String name, String at) throws ExerciseException {
        JsonValue v = o.get(name);
        if (v == null || v.isNull()) throw new ExerciseException(at, "missing");
        if (!v.isString()) throw new ExerciseException(at, "expected a string, found " + kind(v));
        return v.asString();
    }

    private static String optString(JsonObject o, String name, String at, String fallback) throws ExerciseException {
        JsonValue v = o.get(name);
        if (v == null || v.isNull()) return fallback;
        if (!v.isString()) throw new ExerciseException(at, "expected a string, found " + kind(v));
        return v.asString();
    }

    private static double[] vector(JsonValue v, String at) throws ExerciseException {
        if (!v.isArray()) throw new ExerciseException(at, "expected an array of numbers, found " + kind(v));
        JsonArray arr = v.asArray();
        double[] out = new double[arr.size()];
        for (int i = 0; i < out.length; i++) out[i] = number(arr.get(i), at + "[" + i + "]");
        return out;
    }

    private static double number(JsonValue v, String at) throws ExerciseException {
        if (!v.isNumber()) throw new ExerciseException(at, "expected a number, found " + kind(v));
        double d = JsonNumbers.read(v);
        if (!Double.isFinite(d)) throw new ExerciseException(at, v + " is too large: numbers must be finite");
        return d;
    }

    private static int integer(JsonValue v, String at) throws ExerciseException {
        double d = number(v, at);
        if (d != Math.rint(d) || Math.abs(d) > 1e6) throw new ExerciseException(at, "expected a whole number, found " + v);
        return (int) d;
    }

    private static String kind(JsonValue v) {
        if (v.isString()) return "the text \"" + shorten(v.asString()) + "\"";
        if (v.isNumber()) return "the number " + v;
        if (v.isBoolean()) return v.asBoolean() ? "true" : "false";
        if (v.isNull()) return "null";
        if (v.isArray()) return "an array";
        return "an object";
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "…" : s;
    }

    /** minimal-json ends its messages with " at line:column", which the path already says. */
    private static String withoutLocation(String message) {
        int at = message.lastIndexOf(" at ");
        return at > 0 ? message.substring(0, at) : message;
    }

    private static String plain(double d) {
        return backprop.notation.Num.ascii(d, 12);
    }
}
