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

    private Rules() {
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
