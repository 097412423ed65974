package backprop.model;

/**
 * Each loss with its value, its derivative ∂L/∂ŷ_i and how both are written, side by side. N is the
 * number of output values of the one training sample. The {@code formula} methods substitute whatever
 * strings they are given, so the same text serves the symbolic and the numeric form of a step.
 */
public enum Loss {
    HALF_SUM_SQUARED("half-sum-squared", "½Σ(y − ŷ)²") {
        @Override
        public double value(double[] yhat, double[] y) {
            double s = 0;
            for (int i = 0; i < y.length; i++) s += (y[i] - yhat[i]) * (y[i] - yhat[i]);
            return 0.5 * s;
        }

        @Override
        public double derivative(double yhat, double y, int n) {
            return yhat - y;
        }

        @Override
        public String derivativeFormula(String yhat, String y, String n) {
            return yhat + " − " + y;
        }

        @Override
        public double term(double yhat, double y, int n) {
            return 0.5 * (y - yhat) * (y - yhat);
        }

        @Override
        public String termFormula(String yhat, String y, String n) {
            return "½(" + y + " − " + yhat + ")²";
        }
    },
    HALF_MEAN_SQUARED("half-mean-squared", "Σ(y − ŷ)²/(2N)") {
        @Override
        public double value(double[] yhat, double[] y) {
            double s = 0;
            for (int i = 0; i < y.length; i++) s += (y[i] - yhat[i]) * (y[i] - yhat[i]);
            return s / (2.0 * y.length);
        }

        @Override
        public double derivative(double yhat, double y, int n) {
            return (yhat - y) / n;
        }

        @Override
        public String derivativeFormula(String yhat, String y, String n) {
            return "(" + yhat + " − " + y + ")/" + n;
        }

        @Override
        public double term(double yhat, double y, int n) {
            return (y - yhat) * (y - yhat) / (2.0 * n);
        }

        @Override
        public String termFormula(String yhat, String y, String n) {
            return "(" + y + " − " + yhat + ")²/(2·" + n + ")";
        }
    },
    MEAN_SQUARED("mean-squared", "Σ(y − ŷ)²/N") {
        @Override
        public double value(double[] yhat, double[] y) {
            double s = 0;
            for (int i = 0; i < y.length; i++) s += (y[i] - yhat[i]) * (y[i] - yhat[i]);
            return s / y.length;
        }

        @Override
        public double derivative(double yhat, double y, int n) {
            return 2.0 * (yhat - y) / n;
        }

        @Override
        public String derivativeFormula(String yhat, String y, String n) {
            return "2(" + yhat + " − " + y + ")/" + n;
        }

        @Override
        public double term(double yhat, double y, int n) {
            return (y - yhat) * (y - yhat) / n;
        }

        @Override
        public String termFormula(String yhat, String y, String n) {
            return "(" + y + " − " + yhat + ")²/" + n;
        }
    },
    BINARY_CROSS_ENTROPY("binary-cross-entropy", "−Σ[y ln ŷ + (1 − y) ln(1 − ŷ)]") {
        @Override
        public double value(double[] yhat, double[] y) {
            double s = 0;
            for (int i = 0; i < y.length; i++) {
                // A term whose weight is 0 contributes nothing even where its log is −∞.
                if (y[i] != 0) s -= y[i] * Math.log(yhat[i]);
                if (y[i] != 1) s -= (1 - y[i]) * Math.log(1 - yhat[i]);
            }
            return s;
        }

        @Override
        public double derivative(double yhat, double y, int n) {
            return (yhat - y) / (yhat * (1 - yhat));
        }

        @Override
        public String derivativeFormula(String yhat, String y, String n) {
            return "(" + yhat + " − " + y + ")/(" + yhat + "(1 − " + yhat + "))";
        }

        @Override
        public double term(double yhat, double y, int n) {
            double s = 0;
            if (y != 0) s -= y * Math.log(yhat);
            if (y != 1) s -= (1 - y) * Math.log(1 - yhat);
            return s;
        }

        @Override
        public String termFormula(String yhat, String y, String n) {
            return "−[" + y + " ln " + yhat + " + (1 − " + y + ") ln(1 − " + yhat + ")]";
        }
    },
    CATEGORICAL_CROSS_ENTROPY("categorical-cross-entropy", "−Σ y ln ŷ") {
        @Override
        public double value(double[] yhat, double[] y) {
            double s = 0;
            for (int i = 0; i < y.length; i++) if (y[i] != 0) s -= y[i] * Math.log(yhat[i]);
            return s;
        }

        @Override
        public double derivative(double yhat, double y, int n) {
            return y == 0 ? 0.0 : -y / yhat;
        }

        @Override
        public String derivativeFormula(String yhat, String y, String n) {
            return "−" + y + "/" + yhat;
        }

        @Override
        public double term(double yhat, double y, int n) {
            return y == 0 ? 0.0 : -y * Math.log(yhat);
        }

        @Override
        public String termFormula(String yhat, String y, String n) {
            return "−" + y + " ln " + yhat;
        }
    };

    private final String key;
    private final String formula;

    Loss(String key, String formula) {
        this.key = key;
        this.formula = formula;
    }

    public String key() {
        return key;
    }

    /** The loss as written on a sheet, e.g. ½Σ(y − ŷ)². */
    public String formula() {
        return formula;
    }

    public abstract double value(double[] yhat, double[] y);

    /** ∂L/∂ŷ_i for one output, with n outputs in all. */
    public abstract double derivative(double yhat, double y, int n);

    public abstract String derivativeFormula(String yhat, String y, String n);

    /**
     * The share of one output in the loss, n outputs in all: every loss here is a sum over the outputs,
     * so L = Σᵢ term(ŷᵢ, yᵢ, n), and a wrong ŷᵢ changes only its own term.
     */
    public abstract double term(double yhat, double y, int n);

    /** That share written out, symbols or numbers substituted: ½(y − ŷ)². */
    public abstract String termFormula(String yhat, String y, String n);

    /**
     * The output layers whose δ = ∂L/∂z simplifies to ŷ − y: sigmoid with binary cross-entropy and
     * softmax with categorical cross-entropy. Computing that difference directly avoids dividing by
     * ŷ(1 − ŷ) when ŷ is close to 0 or 1.
     */
    public boolean simplifiesWith(Activation output) {
        return (this == BINARY_CROSS_ENTROPY && output == Activation.SIGMOID)
                || (this == CATEGORICAL_CROSS_ENTROPY && output == Activation.SOFTMAX);
    }

    public static Loss fromKey(String key) {
        for (Loss l : values()) if (l.key.equals(key)) return l;
        return null;
    }

    public static String keys() {
        StringBuilder sb = new StringBuilder();
        for (Loss l : values()) sb.append(sb.length() == 0 ? "" : ", ").append(l.key);
        return sb.toString();
    }
}
