package backprop.model;

/**
 * Each activation with its value and its derivative side by side. Derivatives take both z and
 * a = f(z): sigmoid and tanh are written in terms of a, as students compute them (a(1 − a), 1 − a²),
 * and for ReLU a positive a decides, which matters only when an exercise gives a instead of computing it.
 * Softmax is not elementwise; its derivative is the Jacobian entry ∂a_i/∂z_j = a_i(δ_ij − a_j).
 */
public enum Activation {
    LINEAR("linear", "id") {
        @Override
        public double value(double z, Conventions c) {
            return z;
        }

        @Override
        public double derivative(double z, double a, Conventions c) {
            return 1.0;
        }
    },
    RELU("relu", "ReLU") {
        @Override
        public double value(double z, Conventions c) {
            return z > 0 ? z : 0.0;
        }

        @Override
        public double derivative(double z, double a, Conventions c) {
            if (a > 0) return 1.0;
            return z == 0 ? c.reluAtZero() : 0.0;
        }
    },
    LEAKY_RELU("leaky-relu", "LeakyReLU") {
        @Override
        public double value(double z, Conventions c) {
            return z > 0 ? z : c.leakySlope() * z;
        }

        @Override
        public double derivative(double z, double a, Conventions c) {
            if (a > 0) return 1.0;
            if (a < 0) return c.leakySlope();
            // At the kink the ReLU'(0) convention picks a point between the two slopes (0 → slope, 1 → 1).
            return c.leakySlope() + c.reluAtZero() * (1.0 - c.leakySlope());
        }
    },
    SIGMOID("sigmoid", "σ") {
        @Override
        public double value(double z, Conventions c) {
            // Two branches so that neither exp overflows for large |z|.
            if (z >= 0) return 1.0 / (1.0 + Math.exp(-z));
            double e = Math.exp(z);
            return e / (1.0 + e);
        }

        @Override
        public double derivative(double z, double a, Conventions c) {
            return a * (1.0 - a);
        }
    },
    TANH("tanh", "tanh") {
        @Override
        public double value(double z, Conventions c) {
            return Math.tanh(z);
        }

        @Override
        public double derivative(double z, double a, Conventions c) {
            return 1.0 - a * a;
        }
    },
    SOFTMAX("softmax", "softmax") {
        @Override
        public double value(double z, Conventions c) {
            throw new UnsupportedOperationException("softmax is not elementwise");
        }

        @Override
        public double derivative(double z, double a, Conventions c) {
            throw new UnsupportedOperationException("softmax is not elementwise");
        }
    };

    private final String key;
    private final String symbol;

    Activation(String key, String symbol) {
        this.key = key;
        this.symbol = symbol;
    }

    /** The name used in exercise files. */
    public String key() {
        return key;
    }

    /** The function's name as written in a formula: σ, ReLU, tanh. */
    public String symbol() {
        return symbol;
    }

    public boolean elementwise() {
        return this != SOFTMAX;
    }

    public abstract double value(double z, Conventions c);

    public abstract double derivative(double z, double a, Conventions c);

    /** a = f(z) for the whole layer. */
    public double[] apply(double[] z, Conventions c) {
        double[] a = new double[z.length];
        if (this == SOFTMAX) {
            // Subtracting the maximum keeps exp from overflowing without changing the result.
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) max = Math.max(max, v);
            double sum = 0;
            for (int i = 0; i < z.length; i++) {
                a[i] = Math.exp(z[i] - max);
                sum += a[i];
            }
            for (int i = 0; i < z.length; i++) a[i] /= sum;
            return a;
        }
        for (int i = 0; i < z.length; i++) a[i] = value(z[i], c);
        return a;
    }

    /** ∂a_i/∂z_j of a softmax layer. */
    public static double softmaxJacobian(double[] a, int i, int j) {
        return a[i] * ((i == j ? 1.0 : 0.0) - a[j]);
    }

    public static Activation fromKey(String key) {
        for (Activation f : values()) if (f.key.equals(key)) return f;
        return null;
    }

    public static String keys() {
        StringBuilder sb = new StringBuilder();
        for (Activation f : values()) sb.append(sb.length() == 0 ? "" : ", ").append(f.key);
        return sb.toString();
    }
}
