package backprop.exercise;

import backprop.model.Activation;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Loss;
import backprop.model.Network;
import backprop.model.Skip;
import backprop.model.Tolerance;
import backprop.model.WeightLayout;
import backprop.notation.TextList;
import backprop.question.Question;
import backprop.stage.Stages;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an exercise file. Every problem is reported with the JSON path where it is and what is wrong
 * there; nothing is returned until the whole file has been checked, so a bad file never half-loads.
 * This class knows the file's syntax (types, field names, how a layout writes a matrix); what makes an
 * exercise usable is {@link ExerciseRules}, which the editor's draft shares. Sizes are checked against
 * {@link Limits} before the numbers they count are read.
 */
public final class ExerciseJson {

    private static final List<String> TOP = List.of("format", "title", "description", "notes", "input", "target",
            "loss", "learningRate", "conventions", "localDerivatives", "stages", "tolerance", "layers", "questions", "symbolic");
    private static final List<String> LAYER = List.of("activation", "weights", "bias", "skips", "given");
    private static final List<String> SKIP = List.of("from", "weights");
    private static final List<String> GIVEN = List.of("z", "a");
    private static final List<String> CONVENTIONS = List.of("reluAtZero", "leakySlope", "weightLayout", "indexBase", "frozen");
    private static final List<String> TOLERANCE = List.of("mode", "rtol", "atol", "digits");

    private ExerciseJson() {
    }

    /** An exercise file as read from disk: its size, then its encoding ({@link FileText}), then its fields. */
    public static Exercise parse(byte[] bytes) throws ExerciseException {
        return parse(FileText.decode(bytes));
    }

    public static Exercise parse(String text) throws ExerciseException {
        if (text != null && text.length() > Limits.FILE_BYTES) {
            throw new ExerciseException("", "the file is " + Limits.over(text.length(), "characters", Limits.FILE_BYTES, null));
        }
        if (text != null && text.startsWith("\uFEFF")) text = text.substring(1);
        if (text == null || text.trim().isEmpty()) throw new ExerciseException("", "the file is empty");
        checkNesting(text);
        JsonValue root;
        try {
            root = Json.parse(text);
        } catch (JsonSyntaxException e) {
            throw new ExerciseException("line " + e.line + ", column " + e.column, "this is not valid JSON (" + syntax(text, e) + ")");
        }
        if (!root.isObject()) throw new ExerciseException("", "an exercise file must be a JSON object { … }, found " + kind(root));
        return read(root.asObject());
    }

    /**
     * The reader's reason (minimal-json's words), or for the slip made most often by hand, a comma after the last
     * item ({"a": 1,} and [1,]), what is wrong.
     */
    private static String syntax(String text, JsonSyntaxException e) {
        // The reader counts lines at '\n' and columns in UTF-16 units from 1.
        int at = 0;
        for (int line = 1; line < e.line; line++) at = text.indexOf('\n', at) + 1;
        at += e.column - 1;
        int before = at;
        while (--before >= 0 && " \t\n\r".indexOf(text.charAt(before)) >= 0) {
            // blanks between the comma and the bracket
        }
        String reason = e.reason();
        // "Expected name" at the } of {"a": 1,}, "Expected value" at the ] of [1,].
        char c = reason.endsWith("name") ? '}' : ']';
        boolean trailing = at < text.length() && text.charAt(at) == c && before >= 0 && text.charAt(before) == ',';
        return trailing ? "a comma before “" + c + "” is not allowed" : reason;
    }

    /** No exercise nests deeper than this; the reader recurses per bracket and a hostile file could overflow the stack. */
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

    /**
     * Reads the fields into an exercise, checking only what reading needs (types, known fields, shapes to
     * lay the weights out, sizes before their numbers are read); then every rule of {@link ExerciseRules}.
     */
    private static Exercise read(JsonObject o) throws ExerciseException {
        onlyKnown(o, "", TOP);
        String format = optString(o, "format", "format", null);
        if (format != null && !format.equals("backprop-tutor/exercise@1")) {
            throw new ExerciseException("format", "unknown format '" + shorten(format) + "'; this version reads backprop-tutor/exercise@1");
        }
        String title = requireString(o, "title", "title");
        String description = optString(o, "description", "description", "");
        List<String> notes = new ArrayList<>();
        JsonValue n = o.get("notes");
        if (n != null && !n.isNull()) {
            if (!n.isArray()) throw new ExerciseException("notes", "expected an array of strings, found " + kind(n));
            JsonArray arr = n.asArray();
            if (arr.size() > Limits.NOTES + 1) throw new ExerciseException("notes", Limits.over(arr.size(), "notes", Limits.NOTES, "in an exercise"));
            for (int i = 0; i < arr.size(); i++) {
                if (!arr.get(i).isString()) throw new ExerciseException("notes[" + i + "]", "expected a string, found " + kind(arr.get(i)));
                notes.add(arr.get(i).asString());
            }
        }
        Conventions conv = conventions(o.get("conventions"));
        double[] input = vector(require(o, "input", "input", "the input x as an array of numbers"), "input", Limits.UNITS);
        if (input.length == 0) throw new ExerciseException("input", "needs at least one number");

        JsonValue lv = require(o, "layers", "layers", "an array of layers, first hidden layer first");
        if (!lv.isArray()) throw new ExerciseException("layers", "expected an array of layers, found " + kind(lv));
        JsonArray la = lv.asArray();
        if (la.isEmpty()) throw new ExerciseException("layers", "needs at least one layer (the output layer)");
        if (la.size() > Limits.LAYERS) throw new ExerciseException("layers", Limits.over(la.size(), "layers", Limits.LAYERS, "in an exercise"));
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
        if (loss == null) throw new ExerciseException("loss", "unknown loss '" + shorten(lossKey) + "'; use one of " + Loss.keys());

        double[] target = vector(require(o, "target", "target", "the training target y as an array of "
                + net.outputSize() + (net.outputSize() == 1 ? " number" : " numbers")), "target", Limits.UNITS);
        double lr = number(require(o, "learningRate", "learningRate", "the SGD learning rate η, a number > 0"), "learningRate");

        boolean local = false;
        JsonValue lo = o.get("localDerivatives");
        if (lo != null && !lo.isNull()) {
            if (!lo.isBoolean()) throw new ExerciseException("localDerivatives", "expected true or false, found " + kind(lo));
            local = lo.asBoolean();
        }
        Tolerance tol = tolerance(o.get("tolerance"));
        Stages stages = SheetJson.stages(o.get("stages"), local);
        List<Question> questions = SheetJson.questions(o.get("questions"));
        if (stages.isEmpty() && questions.isEmpty()) throw new ExerciseException("stages", "asks nothing: list at least one stage or give a question");
        Exercise ex = new Exercise(title, description, notes, net, input, target, loss, lr, conv, stages, tol, questions,
                SheetJson.symbolic(o.get("symbolic")));
        ExerciseRules.check(ex);
        return ex;
    }

    private static Layer layer(JsonValue v, int l, int[] widths, Conventions conv) throws ExerciseException {
        String at = "layers[" + (l - 1) + "]";
        if (!v.isObject()) throw new ExerciseException(at, "expected a layer object { \"activation\": …, \"weights\": … }, found " + kind(v));
        JsonObject o = v.asObject();
        onlyKnown(o, at, LAYER);
        String actKey = requireString(o, "activation", at + ".activation");
        Activation act = Activation.fromKey(actKey);
        if (act == null) {
            throw new ExerciseException(at + ".activation", "unknown activation '" + shorten(actKey) + "'; use one of " + Activation.keys());
        }
        double[][] w = weights(require(o, "weights", at + ".weights", "the weight matrix of layer " + l), at + ".weights",
                l, l - 1, widths[l - 1], -1, conv.weightLayout());
        int size = w.length;

        double[] bias = null;
        JsonValue bv = o.get("bias");
        if (bv != null && !bv.isNull()) bias = vector(bv, at + ".bias", Limits.UNITS);

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
                String wrong = ExerciseRules.skipFrom(l, from, skips);
                if (wrong != null) throw new ExerciseException(sat + ".from", wrong);
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
            if (go.get("z") != null) givenZ = vector(go.get("z"), at + ".given.z", Limits.UNITS);
            if (go.get("a") != null) givenA = vector(go.get("a"), at + ".given.a", Limits.UNITS);
        }
        return new Layer(size, act, w, bias, skips, givenZ, givenA);
    }

    /**
     * A weight matrix as written, returned as rows = neurons. {@code neurons} is the layer's width when
     * already known (skips), or −1 to take it from the matrix. Its size is checked before its numbers are read.
     */
    private static double[][] weights(JsonValue v, String at, int l, int from, int inputs, int neurons,
                                      WeightLayout layout) throws ExerciseException {
        if (!v.isArray()) throw new ExerciseException(at, "expected a matrix (an array of rows), found " + kind(v));
        JsonArray rows = v.asArray();
        boolean neuronRows = layout == WeightLayout.NEURON_ROWS;
        String many = ExerciseRules.tooManyRows(at, rows.size(), neuronRows);
        if (many != null) throw new ExerciseException(at, many);
        double[][] m = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            JsonValue row = rows.get(r);
            if (!row.isArray()) throw new ExerciseException(at + "[" + r + "]", "expected a row (an array of numbers), found " + kind(row));
            String entries = ExerciseRules.tooManyEntries(row.asArray().size(), neuronRows);
            if (entries != null) throw new ExerciseException(at + "[" + r + "]", entries);
            m[r] = vector(row, at + "[" + r + "]", Limits.UNITS);
        }
        ExerciseRules.Problem p = ExerciseRules.shape(at, m, l, from, inputs, neurons, layout);
        if (p != null) throw p.exception();
        if (neuronRows) return m;
        int cols = m[0].length;
        double[][] t = new double[cols][m.length];
        for (int r = 0; r < m.length; r++) for (int c = 0; c < cols; c++) t[c][r] = m[r][c];
        return t;
    }

    /** The conventions as written; their ranges are rules ({@link ExerciseRules}). */
    private static Conventions conventions(JsonValue v) throws ExerciseException {
        Conventions d = Conventions.DEFAULT;
        if (v == null || v.isNull()) return d;
        if (!v.isObject()) throw new ExerciseException("conventions", "expected an object, found " + kind(v));
        JsonObject o = v.asObject();
        onlyKnown(o, "conventions", CONVENTIONS);
        double relu0 = o.get("reluAtZero") != null ? number(o.get("reluAtZero"), "conventions.reluAtZero") : d.reluAtZero();
        double slope = o.get("leakySlope") != null ? number(o.get("leakySlope"), "conventions.leakySlope") : d.leakySlope();
        WeightLayout layout = d.weightLayout();
        String lk = optString(o, "weightLayout", "conventions.weightLayout", null);
        if (lk != null) {
            layout = WeightLayout.fromKey(lk);
            if (layout == null) {
                throw new ExerciseException("conventions.weightLayout", "unknown layout '" + shorten(lk) + "'; use neuron-rows (W[j][i], row j ="
                        + " weights into neuron j) or input-rows (W[i][j], row i = weights out of input i)");
            }
        }
        int base = o.get("indexBase") != null ? integer(o.get("indexBase"), "conventions.indexBase") : d.indexBase();
        List<String> frozen = new ArrayList<>();
        JsonValue f = o.get("frozen");
        if (f != null && !f.isNull()) {
            if (!f.isArray()) throw new ExerciseException("conventions.frozen", "expected an array of parameter names such as \"biases\", \"W2\", \"b1\", \"W2.0.1\", found " + kind(f));
            JsonArray fa = f.asArray();
            if (fa.size() > Limits.FROZEN_NAMES) {
                throw new ExerciseException("conventions.frozen", Limits.over(fa.size(), "names", Limits.FROZEN_NAMES, "of frozen parameters"));
            }
            for (int i = 0; i < fa.size(); i++) {
                JsonValue e = fa.get(i);
                if (!e.isString()) throw new ExerciseException("conventions.frozen[" + i + "]", "expected a parameter name, found " + kind(e));
                frozen.add(e.asString());
            }
        }
        return new Conventions(relu0, slope, layout, base, frozen);
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
            if (mode == null) throw new ExerciseException("tolerance.mode", "unknown mode '" + shorten(mk) + "'; use relative, significant-figures or decimal-places");
        }
        double rtol = o.get("rtol") != null ? number(o.get("rtol"), "tolerance.rtol") : d.rtol();
        double atol = o.get("atol") != null ? number(o.get("atol"), "tolerance.atol") : d.atol();
        int digits = o.get("digits") != null ? integer(o.get("digits"), "tolerance.digits") : d.digits();
        return new Tolerance(mode, rtol, atol, digits);
    }

    /**
     * Unknown and repeated fields are refused: a misspelt "wieghts" would be ignored, and of a repeated
     * "learningRate" the reader keeps the last, which is rarely what the author of the file meant.
     */
    private static void onlyKnown(JsonObject o, String at, List<String> known) throws ExerciseException {
        List<String> seen = new ArrayList<>();
        for (String name : o.names()) {
            if (TextList.has(seen, name)) {
                throw new ExerciseException(at.isEmpty() ? name : at + "." + name, "the field '" + shorten(name)
                        + "' appears twice in this object; give it once");
            }
            seen.add(name);
            if (!TextList.has(known, name)) {
                throw new ExerciseException(at.isEmpty() ? name : at + "." + name, "unknown field '" + shorten(name) + "' (known fields: " + String.join(", ", known) + ")");
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

    /** An array of at most {@code max} numbers; the count is checked before any is read. */
    private static double[] vector(JsonValue v, String at, int max) throws ExerciseException {
        if (!v.isArray()) throw new ExerciseException(at, "expected an array of numbers, found " + kind(v));
        JsonArray arr = v.asArray();
        if (arr.size() > max) throw new ExerciseException(at, Limits.over(arr.size(), "values", max, "(a layer has at most " + Limits.UNITS + " units)"));
        double[] out = new double[arr.size()];
        for (int i = 0; i < out.length; i++) out[i] = number(arr.get(i), at + "[" + i + "]");
        return out;
    }

    private static double number(JsonValue v, String at) throws ExerciseException {
        if (!v.isNumber()) throw new ExerciseException(at, "expected a number, found " + kind(v));
        double d = JsonNumbers.read(v);
        if (!Double.isFinite(d)) throw new ExerciseException(at, shorten(v.toString()) + " is too large: numbers must be finite");
        return d;
    }

    private static int integer(JsonValue v, String at) throws ExerciseException {
        double d = number(v, at);
        if (d != Math.rint(d) || Math.abs(d) > 1e6) throw new ExerciseException(at, "expected a whole number, found " + shorten(v.toString()));
        return (int) d;
    }

    static String kind(JsonValue v) {
        if (v.isString()) return "the text \"" + shorten(v.asString()) + "\"";
        if (v.isNumber()) return "the number " + shorten(v.toString());
        if (v.isBoolean()) return v.asBoolean() ? "true" : "false";
        if (v.isNull()) return "null";
        if (v.isArray()) return "an array";
        return "an object";
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "…" : s;
    }

}
