package backprop.backward;

import backprop.model.Activation;
import backprop.model.Conventions;

/**
 * f′ as students compute it: from a for sigmoid and tanh (a(1 − a), 1 − a²), from z for the ReLUs.
 * {@code fromA} says which cell the factor reads.
 */
public record SlopeFn(Activation act, Conventions conv, boolean fromA) implements Fn {

    /** The cell an activation's derivative is read from: a for sigmoid and tanh, z otherwise. */
    public static boolean readsA(Activation act) {
        return act == Activation.SIGMOID || act == Activation.TANH;
    }

    @Override
    public double of(double v) {
        return fromA ? act.derivative(v, v, conv) : act.derivative(v, act.value(v, conv), conv);
    }

    @Override
    public String written(String v) {
        if (act == Activation.SIGMOID) return v + "(1 − " + v + ")";
        if (act == Activation.TANH) return "1 − " + v + "²";
        return act.symbol() + "′" + (v.startsWith("(") && v.endsWith(")") ? v : "(" + v + ")");
    }
}
