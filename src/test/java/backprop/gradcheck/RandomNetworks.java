package backprop.gradcheck;

import backprop.forward.ForwardPass;
import backprop.forward.ForwardResult;
import backprop.model.Activation;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Loss;
import backprop.model.Network;
import backprop.model.NumericException;
import backprop.model.Skip;
import backprop.model.Tolerance;
import backprop.model.WeightLayout;
import backprop.random.Prng;
import java.util.ArrayList;
import java.util.List;

/**
 * Random exercises for gradient checking, built directly from the model records. Each one draws its
 * own depth, widths, activations, loss, biases, skip connections, frozen parameters, weight layout
 * and learning rate; the loss decides what the output layer and the target must look like for the
 * loss to be finite and meaningful.
 */
final class RandomNetworks {

    /** Pre-activations of ReLU and leaky ReLU closer to 0 than this make the exercise be drawn again. */
    static final double KINK_MARGIN = 1e-3;
    /** Cross-entropy outputs closer to 0 or 1 than this are too saturated to difference in ŷ. */
    static final double SATURATION_MARGIN = 1e-6;

    private static final Activation[] ALL = Activation.values();

    private RandomNetworks() {
    }

    /** A random exercise; it may have a ReLU kink or a saturated output, see {@link #rejectReason}. */
    static Exercise draw(Prng p) {
        int depth = 1 + p.nextInt(4);
        int inputSize = 1 + p.nextInt(4);
        Loss loss = Loss.values()[p.nextInt(Loss.values().length)];
        int[] widths = new int[depth + 1];
        widths[0] = inputSize;
        for (int l = 1; l <= depth; l++) widths[l] = 1 + p.nextInt(4);
        Activation output = outputActivation(p, loss);
        // A one-wide softmax is the constant 1, which makes ŷ(1 − ŷ) = 0 under binary cross-entropy.
        if (output == Activation.SOFTMAX && loss == Loss.BINARY_CROSS_ENTROPY && widths[depth] < 2) widths[depth] = 2 + p.nextInt(3);

        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            Activation act = l == depth ? output : hiddenActivation(p);
            double[][] w = matrix(p, widths[l], widths[l - 1]);
            double[] b = p.nextInt(10) < 7 ? vector(p, widths[l], -1, 1) : null;
            List<Skip> skips = new ArrayList<>();
            for (int k = 0; k <= l - 2; k++) if (p.nextInt(10) < 3) skips.add(new Skip(k, matrix(p, widths[l], widths[k])));
            layers.add(new Layer(widths[l], act, w, b, skips, null, null));
        }
        Network net = new Network(inputSize, layers);

        WeightLayout layout = p.nextBoolean() ? WeightLayout.NEURON_ROWS : WeightLayout.INPUT_ROWS;
        Conventions conv = new Conventions(p.nextBoolean() ? 0.0 : 1.0, p.uniform(0.01, 0.3), layout,
                p.nextBoolean() ? 0 : 1, frozen(p, net, layout));
        double[] x = vector(p, inputSize, -2, 2);
        double[] y = target(p, loss, widths[depth]);
        double eta = p.uniform(0.01, 1.0);
        return new Exercise("random", "", List.of(), net, x, y, loss, eta, conv, p.nextInt(4) == 0, Tolerance.DEFAULT);
    }

    /** Why an exercise is unfit for central differences, or null when it is fit. */
    static String rejectReason(Exercise ex) {
        ForwardResult f;
        try {
            f = ForwardPass.run(ex.network(), ex.input(), ex.target(), ex.loss(), ex.conventions(), false);
        } catch (NumericException e) {
            return "numeric";
        }
        Network net = ex.network();
        for (int l = 1; l <= net.depth(); l++) {
            Activation act = net.layer(l).activation();
            if (act != Activation.RELU && act != Activation.LEAKY_RELU) continue;
            for (double z : f.z()[l]) if (Math.abs(z) < KINK_MARGIN) return "kink";
        }
        if (ex.loss() == Loss.BINARY_CROSS_ENTROPY || ex.loss() == Loss.CATEGORICAL_CROSS_ENTROPY) {
            for (double v : f.yhat()) if (v < SATURATION_MARGIN || v > 1 - SATURATION_MARGIN) return "saturated";
        }
        return null;
    }

    private static Activation outputActivation(Prng p, Loss loss) {
        switch (loss) {
            case BINARY_CROSS_ENTROPY:
                return p.nextInt(4) == 0 ? Activation.SOFTMAX : Activation.SIGMOID;
            case CATEGORICAL_CROSS_ENTROPY:
                return p.nextInt(4) == 0 ? Activation.SIGMOID : Activation.SOFTMAX;
            default:
                return ALL[p.nextInt(ALL.length)];
        }
    }

    /** Softmax is rarer in hidden layers, where worksheets hardly use it, but it does occur. */
    private static Activation hiddenActivation(Prng p) {
        if (p.nextInt(10) == 0) return Activation.SOFTMAX;
        Activation[] elementwise = {Activation.LINEAR, Activation.RELU, Activation.LEAKY_RELU, Activation.SIGMOID, Activation.TANH};
        return elementwise[p.nextInt(elementwise.length)];
    }

    private static double[] target(Prng p, Loss loss, int n) {
        double[] y = new double[n];
        switch (loss) {
            case BINARY_CROSS_ENTROPY:
                // Hard labels as well as soft ones: a 0 or 1 target drops one of the two log terms.
                for (int i = 0; i < n; i++) y[i] = p.nextInt(3) == 0 ? p.nextInt(2) : p.nextDouble();
                return y;
            case CATEGORICAL_CROSS_ENTROPY:
                if (p.nextBoolean()) {
                    y[p.nextInt(n)] = 1.0;
                    return y;
                }
                // Now and then targets that do not sum to 1: an exercise file may say so, and the
                // softmax shortcut ŷ·Σy − y must then differ from the textbook ŷ − y.
                if (p.nextInt(6) == 0) {
                    for (int i = 0; i < n; i++) y[i] = p.nextDouble();
                    return y;
                }
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    y[i] = p.nextInt(4) == 0 ? 0.0 : p.nextDouble();
                    sum += y[i];
                }
                if (sum == 0) {
                    y[0] = 1.0;
                    return y;
                }
                for (int i = 0; i < n; i++) y[i] /= sum;
                return y;
            default:
                return vector(p, n, -2, 2);
        }
    }

    /**
     * Up to three frozen entries of every form Conventions accepts: a whole kind, a whole matrix,
     * a skip matrix, a bias vector, and one entry named as written in the layout.
     */
    private static List<String> frozen(Prng p, Network net, WeightLayout layout) {
        List<String> out = new ArrayList<>();
        if (p.nextInt(10) < 4) return out;
        int count = 1 + p.nextInt(3);
        for (int c = 0; c < count; c++) {
            int l = 1 + p.nextInt(net.depth());
            Layer layer = net.layer(l);
            switch (p.nextInt(12)) {
                case 0 -> out.add("biases");
                case 1 -> out.add("weights");
                case 2, 3 -> out.add("W" + l);
                case 4, 5 -> out.add("b" + l);
                case 6, 7 -> {
                    if (layer.skips().isEmpty()) out.add("W" + l);
                    else out.add("W" + l + "from" + layer.skips().get(p.nextInt(layer.skips().size())).from());
                }
                default -> {
                    if (layer.hasBias() && p.nextInt(3) == 0) {
                        out.add("b" + l + "." + p.nextInt(layer.size()));
                    } else {
                        int j = p.nextInt(layer.size());
                        int i = p.nextInt(net.width(l - 1));
                        int r = layout == WeightLayout.NEURON_ROWS ? j : i;
                        int col = layout == WeightLayout.NEURON_ROWS ? i : j;
                        out.add("W" + l + "." + r + "." + col);
                    }
                }
            }
        }
        return out;
    }

    private static double[][] matrix(Prng p, int rows, int cols) {
        double[][] m = new double[rows][];
        for (int r = 0; r < rows; r++) m[r] = vector(p, cols, -1.5, 1.5);
        return m;
    }

    private static double[] vector(Prng p, int n, double lo, double hi) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = p.uniform(lo, hi);
        return v;
    }

    /** The kinds of case an exercise exercises, so a test can insist that each of them occurs. */
    static List<String> features(Exercise ex) {
        List<String> f = new ArrayList<>();
        Network net = ex.network();
        Activation out = net.layer(net.depth()).activation();
        f.add("loss " + ex.loss().key());
        f.add("depth " + net.depth());
        f.add(ex.conventions().weightLayout().key());
        f.add("output " + out.key());
        if (out == Activation.SOFTMAX && ex.loss() != Loss.CATEGORICAL_CROSS_ENTROPY) f.add("softmax output without categorical cross-entropy");
        if (out != Activation.SOFTMAX && ex.loss() == Loss.CATEGORICAL_CROSS_ENTROPY) f.add("categorical cross-entropy without softmax");
        if (out != Activation.SIGMOID && ex.loss() == Loss.BINARY_CROSS_ENTROPY) f.add("binary cross-entropy without sigmoid");
        if (ex.loss() == Loss.CATEGORICAL_CROSS_ENTROPY) {
            double sum = 0;
            for (double v : ex.target()) sum += v;
            if (Math.abs(sum - 1) > 1e-9) f.add("categorical targets not summing to 1");
        }
        if (ex.localDerivatives()) f.add("local derivatives");
        for (int l = 1; l <= net.depth(); l++) {
            Layer layer = net.layer(l);
            if (l < net.depth()) f.add("hidden " + layer.activation().key());
            if (!layer.hasBias()) f.add("layer without bias");
            for (Skip s : layer.skips()) f.add(s.from() == 0 ? "skip from the input" : "skip from a hidden layer");
            if (layer.skips().size() > 1) f.add("several skips into one layer");
        }
        for (String fr : ex.conventions().frozen()) {
            if (fr.equals("weights") || fr.equals("biases")) f.add("frozen " + fr);
            else if (fr.indexOf('.') >= 0) f.add(fr.startsWith("b") ? "frozen bias entry" : "frozen weight entry");
            else if (fr.contains("from")) f.add("frozen skip matrix");
            else f.add(fr.startsWith("b") ? "frozen bias vector" : "frozen weight matrix");
        }
        return f;
    }

    /** One line that is enough to rebuild the architecture by eye when a check fails. */
    static String describe(Exercise ex) {
        Network net = ex.network();
        StringBuilder sb = new StringBuilder();
        sb.append(ex.loss().key()).append(", ").append(ex.conventions().weightLayout().key())
                .append(", η=").append(ex.learningRate()).append(", in=").append(net.inputSize());
        for (int l = 1; l <= net.depth(); l++) {
            Layer layer = net.layer(l);
            sb.append(" | L").append(l).append(' ').append(layer.size()).append(' ').append(layer.activation().key());
            if (layer.hasBias()) sb.append(" +b");
            for (Skip s : layer.skips()) sb.append(" skip<-").append(s.from());
        }
        if (!ex.conventions().frozen().isEmpty()) sb.append(" | frozen ").append(ex.conventions().frozen());
        if (ex.localDerivatives()) sb.append(" | local");
        return sb.toString();
    }
}
