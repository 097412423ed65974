package backprop.symbolic;

import backprop.model.Activation;
import backprop.model.Conventions;

/**
 * The functions an expression may apply, each with its value beside its derivative's. ReLU′ and LeakyReLU′
 * follow the exercise's conventions at 0 (ReLU′(0), the leak slope), exactly as the solver does.
 */
public enum Fn {
    RELU("ReLU", "relu"), RELU_PRIME("ReLU′", "relu'"), LEAKY_RELU("LeakyReLU", "leakyrelu"),
    LEAKY_RELU_PRIME("LeakyReLU′", "leakyrelu'"), SIGMA("σ", "sigma"), SIGMA_PRIME("σ′", "sigma'"),
    TANH("tanh", "tanh"), TANH_PRIME("tanh′", "tanh'"), EXP("exp", "exp"), LN("ln", "ln");

    private final String text;
    private final String ascii;

    Fn(String text, String ascii) {
        this.text = text;
        this.ascii = ascii;
    }

    /** As the page writes it: ReLU′, σ. */
    public String text() {
        return text;
    }

    public String ascii() {
        return ascii;
    }

    public boolean isDerivative() {
        return this == RELU_PRIME || this == LEAKY_RELU_PRIME || this == SIGMA_PRIME || this == TANH_PRIME;
    }

    /** The function itself for a derivative (σ for σ′), else this. */
    public Fn undifferentiated() {
        if (this == RELU_PRIME) return RELU;
        if (this == LEAKY_RELU_PRIME) return LEAKY_RELU;
        if (this == SIGMA_PRIME) return SIGMA;
        if (this == TANH_PRIME) return TANH;
        return this;
    }

    /** if-chains, not a switch: a switch on an enum costs the page a class of its own under TeaVM. */
    public double apply(double v, Conventions c) {
        if (this == RELU) return Activation.RELU.value(v, c);
        if (this == RELU_PRIME) return Activation.RELU.derivative(v, Activation.RELU.value(v, c), c);
        if (this == LEAKY_RELU) return Activation.LEAKY_RELU.value(v, c);
        if (this == LEAKY_RELU_PRIME) return Activation.LEAKY_RELU.derivative(v, Activation.LEAKY_RELU.value(v, c), c);
        if (this == SIGMA) return Activation.SIGMOID.value(v, c);
        if (this == SIGMA_PRIME) {
            double s = Activation.SIGMOID.value(v, c);
            return s * (1 - s);
        }
        if (this == TANH) return Math.tanh(v);
        if (this == TANH_PRIME) {
            double t = Math.tanh(v);
            return 1 - t * t;
        }
        if (this == EXP) return Math.exp(v);
        return Math.log(v);
    }

    /** The derivative that the solver writes for an activation (its symbol with a prime), or null. */
    public static Fn derivativeOf(Activation act) {
        if (act == Activation.RELU) return RELU_PRIME;
        if (act == Activation.LEAKY_RELU) return LEAKY_RELU_PRIME;
        if (act == Activation.SIGMOID) return SIGMA_PRIME;
        if (act == Activation.TANH) return TANH_PRIME;
        return null;
    }

    /** The function named by a word as typed (relu, ReLU, sigma, sigmoid, σ, tanh, exp, ln, log), or null. */
    public static Fn named(String word, boolean prime) {
        // ASCII only: toLowerCase would bring TeaVM's Unicode case tables into the page.
        StringBuilder lower = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        String w = lower.toString();
        Fn f = null;
        if (w.equals("relu")) f = RELU;
        else if (w.equals("leakyrelu")) f = LEAKY_RELU;
        else if (w.equals("sigma") || w.equals("sigmoid") || w.equals("σ")) f = SIGMA;
        else if (w.equals("tanh")) f = TANH;
        else if (w.equals("exp")) f = EXP;
        else if (w.equals("ln") || w.equals("log")) f = LN;
        if (f == null || !prime) return f;
        if (f == RELU) return RELU_PRIME;
        if (f == LEAKY_RELU) return LEAKY_RELU_PRIME;
        if (f == SIGMA) return SIGMA_PRIME;
        if (f == TANH) return TANH_PRIME;
        return null;
    }
}
