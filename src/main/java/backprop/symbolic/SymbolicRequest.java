package backprop.symbolic;

import backprop.model.Activation;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Loss;
import backprop.model.Network;
import backprop.model.Skip;
import backprop.model.Tolerance;
import backprop.model.WeightLayout;
import backprop.stage.Stages;
import java.util.ArrayList;
import java.util.List;

/**
 * What the page asks the expression module: one typed expression for one cell of an exercise. The exercise goes
 * as the numbers and conventions its solution depends on (the title too: it seeds the random points), so the
 * module solves it exactly as the JVM does and gives the same verdict as {@code check}; words the verdict does
 * not use (description, notes, questions) stay behind.
 */
public final class SymbolicRequest {

    static final String FORMAT = "backprop-symbolic-request@1";

    /** A read request. */
    record Read(String exerciseText, Exercise exercise, String cellId, String typed) {
    }

    private SymbolicRequest() {
    }

    public static String of(Exercise ex, String cellId, String typed) {
        return Wire.writer().text(FORMAT).text(cellId).text(typed).toString() + exercise(ex);
    }

    /** The exercise part of a request, the same text for every cell of one exercise; the page hands it to the module. */
    public static String exercise(Exercise ex) {
        Wire w = Wire.writer().text(ex.title()).numbers(ex.input()).numbers(ex.target()).text(ex.loss().key())
                .number(ex.learningRate()).integer(ex.stages().bits());
        Conventions c = ex.conventions();
        w.number(c.reluAtZero()).number(c.leakySlope()).text(c.weightLayout().key()).integer(c.indexBase())
                .integer(c.frozen().size());
        for (String f : c.frozen()) w.text(f);
        Tolerance t = ex.tolerance();
        if (t == null) w.text("");
        else w.text(t.mode().key()).number(t.rtol()).number(t.atol()).integer(t.digits());
        w.integer(ex.symbolic().size());
        for (String id : ex.symbolic()) w.text(id);
        Network net = ex.network();
        w.integer(net.inputSize()).integer(net.depth());
        for (Layer l : net.layers()) {
            w.integer(l.size()).text(l.activation().key()).integer(l.weights().length);
            for (double[] row : l.weights()) w.numbers(row);
            w.numbers(l.bias()).numbers(l.givenZ()).numbers(l.givenA()).integer(l.skips().size());
            for (Skip s : l.skips()) {
                w.integer(s.from()).integer(s.weights().length);
                for (double[] row : s.weights()) w.numbers(row);
            }
        }
        return w.toString();
    }

    /** @throws IllegalArgumentException saying what is damaged */
    static Read read(String text) {
        Wire r = Wire.reader(text);
        if (!FORMAT.equals(r.text())) throw new IllegalArgumentException("this is no expression request of this version");
        String cellId = r.text();
        String typed = r.text();
        int start = nthLine(text, 3);
        return new Read(text.substring(start), exercise(r), cellId, typed);
    }

    /** The exercise the page sent ({@link #exercise(Exercise)}'s text). @throws IllegalArgumentException when damaged */
    public static Exercise readExercise(String text) {
        return exercise(Wire.reader(text));
    }

    private static Exercise exercise(Wire r) {
        String title = r.text();
        double[] input = r.numbers();
        double[] target = r.numbers();
        Loss loss = Loss.fromKey(r.text());
        double lr = r.number();
        Stages stages = new Stages(r.integer());
        double reluAtZero = r.number();
        double leak = r.number();
        WeightLayout layout = WeightLayout.fromKey(r.text());
        int base = r.integer();
        int nf = r.integer();
        List<String> frozen = new ArrayList<>();
        for (int k = 0; k < nf; k++) frozen.add(r.text());
        String mode = r.text();
        Tolerance tol = null;
        if (!mode.isEmpty()) tol = new Tolerance(Tolerance.Mode.fromKey(mode), r.number(), r.number(), r.integer());
        int nsym = r.integer();
        List<String> symbolic = new ArrayList<>();
        for (int k = 0; k < nsym; k++) symbolic.add(r.text());
        int inputSize = r.integer();
        int depth = r.integer();
        if (depth < 0 || depth > 100) throw new IllegalArgumentException("the network is damaged");
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            int size = r.integer();
            Activation act = Activation.fromKey(r.text());
            double[][] w = matrix(r);
            double[] bias = r.numbers();
            double[] givenZ = r.numbers();
            double[] givenA = r.numbers();
            int ns = r.integer();
            List<Skip> skips = new ArrayList<>();
            for (int k = 0; k < ns; k++) {
                int from = r.integer();
                skips.add(new Skip(from, matrix(r)));
            }
            if (act == null) throw new IllegalArgumentException("unknown activation in layer " + (l + 1));
            layers.add(new Layer(size, act, w, bias, skips, givenZ, givenA));
        }
        if (loss == null || layout == null) throw new IllegalArgumentException("unknown loss or weight layout");
        return new Exercise(title, "", List.of(), new Network(inputSize, layers), input, target, loss, lr,
                new Conventions(reluAtZero, leak, layout, base, frozen), stages, tol, List.of(), symbolic);
    }

    private static double[][] matrix(Wire r) {
        int rows = r.integer();
        if (rows < 0 || rows > 1000) throw new IllegalArgumentException("a weight matrix is damaged");
        double[][] m = new double[rows][];
        for (int k = 0; k < rows; k++) m[k] = r.numbers();
        return m;
    }

    /** Where line n (0-based) starts, counting only unescaped newlines. */
    private static int nthLine(String text, int n) {
        int line = 0;
        for (int k = 0; k < text.length() && line < n; k++) {
            char c = text.charAt(k);
            if (c == '\\') k++;
            else if (c == '\n') {
                line++;
                if (line == n) return k + 1;
            }
        }
        return text.length();
    }
}
