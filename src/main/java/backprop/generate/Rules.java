package backprop.generate;

import backprop.model.Activation;
import backprop.notation.Num;

/**
 * What makes a generated forward pass fit for hand work. Every test is on z with a margin, never on
 * the result of exp or tanh, so the JVM and the browser (whose exp may differ in the last bit) take
 * the same decisions; where z itself follows from an earlier sigmoid, a margin of 10⁻² on it is
 * still 10¹³ times wider than any last-bit difference.
 */
final class Rules {

    /** |z| at a sigmoid, tanh or softmax unit: σ(3) = 0.953, so σ′ is never below 0.045. */
    static final double SATURATION = 3;
    /** No ReLU input this close to the kink: its sign is clear by hand and ReLU′(0) never matters. */
    static final double KINK = 0.01;
    /** |z| anywhere, so that products stay small enough to work by hand. */
    static final double MAGNITUDE = 10;
    /**
     * The loss after the SGD step is at most this share of the loss before. The one test on a result of exp
     * or tanh, so it has a margin of 1 % where the JVM and the browser can differ by 10⁻¹⁶.
     */
    static final double STEP_GAIN = 0.99;

    /**
     * At most this share of the answerable cells may be 0 (unless dead units are chosen), so that typing 0 into
     * every cell never earns more. Counted against the gradient cells alone, which the updated parameters only add to.
     */
    static final int ZERO_SHARE_DENOMINATOR = 4;
    /** A true value this close to 0 is accepted for a typed 0 (the default tolerance's 10⁻⁶, with room). */
    static final double ZERO = 2e-6;

    private Rules() {
    }

    /** How many answerable cells may be 0: a quarter of the gradient cells of a network of these sizes. */
    static int zeroBudget(GeneratorOptions o) {
        int depth = o.depth();
        int cells = o.outputSize();
        for (int l = 1; l <= depth; l++) {
            int n = o.sizes().get(l);
            int reads = o.sizes().get(l - 1) + (skipFrom(o, l) >= 0 ? o.sizes().get(skipFrom(o, l)) : 0);
            cells += n + (l < depth ? n : 0) + n * reads + (o.biases() ? n : 0);
        }
        return cells / ZERO_SHARE_DENOMINATOR;
    }

    /**
     * The cells an inactive ReLU unit j of layer l makes 0: its ∂L/∂z, every weight into it and its bias (δ = 0),
     * and every weight that reads it (a = 0). Two such units may share a weight, so this can overcount; never under.
     */
    static int deadUnitZeros(GeneratorOptions o, int l) {
        int reads = o.sizes().get(l - 1) + (skipFrom(o, l) >= 0 ? o.sizes().get(skipFrom(o, l)) : 0);
        int readers = 0;
        for (int m = l + 1; m <= o.depth(); m++) if (m == l + 1 || skipFrom(o, m) == l) readers += o.sizes().get(m);
        return 1 + reads + (o.biases() ? 1 : 0) + readers;
    }

    /** The layer that layer l reads through its skip, or −1: a generated skip goes into the output layer from two below. */
    static int skipFrom(GeneratorOptions o, int l) {
        return o.skip() && l == o.depth() ? l - 2 : -1;
    }

    /** Why unit z of a layer with this activation is unfit, or null when it is fine. */
    static String unitProblem(Activation act, double z, int layer, int unit) {
        String where = "z" + layer + "." + unit + " = " + Num.format(z);
        if (!Double.isFinite(z)) return where + " is not a finite number";
        if (Math.abs(z) > MAGNITUDE) return where + " is beyond ±" + Num.format(MAGNITUDE);
        boolean squashing = act == Activation.SIGMOID || act == Activation.TANH || act == Activation.SOFTMAX;
        if (squashing && Math.abs(z) > SATURATION) return where + " saturates the " + act.key() + " (|z| > " + Num.format(SATURATION) + ")";
        boolean kinked = act == Activation.RELU || act == Activation.LEAKY_RELU;
        if (kinked && Math.abs(z) < KINK) return where + " is at the kink of the " + act.key() + " (|z| < " + Num.format(KINK) + ")";
        return null;
    }

    /** True when every unit of a ReLU layer is inactive, so no gradient passes below it. */
    static boolean allDead(Activation act, double[] z) {
        if (act != Activation.RELU) return false;
        for (double v : z) if (v > 0) return false;
        return true;
    }
}
