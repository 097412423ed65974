package backprop.generate;

import backprop.stage.Stage;
import backprop.stage.Stages;
import backprop.model.Activation;
import backprop.model.Loss;
import backprop.notation.Num;
import java.util.ArrayList;
import java.util.List;

/**
 * The choices a generated exercise is made from. Together with a seed they reproduce the exercise,
 * so they have a short text form for share links and the command line:
 *
 * <pre>
 *   2-3-1,relu,linear,half-sum-squared,bias,noskip,nice,nodead,lr=0.1
 * </pre>
 *
 * Comma-separated tokens; spaces around them are ignored and letters may be upper case.
 * <ul>
 * <li>The first token is the layer sizes from input to output joined by '-': "2-3-1" is 2 inputs,
 *     a hidden layer of 3 and 1 output. 2 to 6 numbers, each from 1 to 8.</li>
 * <li>Activation keys (linear, relu, leaky-relu, sigmoid, tanh, softmax): with hidden layers the
 *     first is the hidden layers' activation and the second the output's; without hidden layers the
 *     only one is the output's.</li>
 * <li>A loss key: half-sum-squared, half-mean-squared, mean-squared, binary-cross-entropy,
 *     categorical-cross-entropy.</li>
 * <li>bias | nobias; skip | noskip (a skip connection into the output layer from the layer two
 *     below it); nice | two-decimals (numbers with one or two decimals); dead | nodead (whether a
 *     ReLU layer may have every unit inactive); lr=0.05 (learning rate, at most 6 decimals, up to 10);
 *     ask=forward+loss+backward+update+new-loss (the stages asked; backward+update when left out).</li>
 * </ul>
 * Every token but the sizes is optional and may come in any order. What is left out takes the
 * default: relu hidden; the output activation follows the loss (sigmoid for binary cross-entropy,
 * softmax for categorical cross-entropy, else linear) and the loss follows the output (categorical
 * cross-entropy for softmax, else half-sum-squared); bias, noskip, nice, nodead, lr=0.1.
 * {@link #format()} always writes every token, so a link keeps meaning the same exercise even if
 * the defaults change.
 */
public record GeneratorOptions(List<Integer> sizes, Activation hidden, Activation output, Loss loss,
                               boolean biases, boolean skip, Difficulty difficulty, boolean allowDeadLayers,
                               double learningRate, Stages stages) {

    public static final int MAX_LAYERS = 6;
    public static final int MAX_WIDTH = 8;
    public static final double MAX_LEARNING_RATE = 10;
    private static final int LR_DECIMALS = 6;

    public static final GeneratorOptions DEFAULT = new GeneratorOptions(List.of(2, 3, 1), Activation.RELU,
            Activation.LINEAR, Loss.HALF_SUM_SQUARED, true, false, Difficulty.NICE, false, 0.1);

    /** Options asking what exercise files ask by default: the backward pass and the update. */
    public GeneratorOptions(List<Integer> sizes, Activation hidden, Activation output, Loss loss, boolean biases,
                            boolean skip, Difficulty difficulty, boolean allowDeadLayers, double learningRate) {
        this(sizes, hidden, output, loss, biases, skip, difficulty, allowDeadLayers, learningRate, Stages.DEFAULT);
    }

    /** Checks every combination; the message says what to change. */
    public GeneratorOptions {
        if (stages == null) stages = Stages.DEFAULT;
        if (stages.isEmpty()) throw new IllegalArgumentException("ask= needs at least one stage (" + Stage.keys() + ")");
        if (sizes == null || sizes.size() < 2 || sizes.size() > MAX_LAYERS) {
            throw new IllegalArgumentException("the layer sizes need 2 to " + MAX_LAYERS
                    + " numbers, input first and output last (e.g. 2-3-1); found " + (sizes == null ? 0 : sizes.size()));
        }
        for (Integer w : sizes) {
            if (w == null) throw new IllegalArgumentException("every layer size must be from 1 to " + MAX_WIDTH + ", found none");
            // intValue(): appending the Integer as an Object would make TeaVM keep every class's toString (see sizesText).
            if (w < 1 || w > MAX_WIDTH) throw new IllegalArgumentException("every layer size must be from 1 to " + MAX_WIDTH + ", found " + w.intValue());
        }
        sizes = List.copyOf(sizes);
        if (hidden == null || output == null || loss == null || difficulty == null) {
            throw new IllegalArgumentException("activations, loss and difficulty must be given");
        }
        boolean hasHidden = sizes.size() > 2;
        // Without hidden layers the hidden activation means nothing; one value keeps equals() and format() faithful.
        if (!hasHidden) hidden = Activation.RELU;
        if (hidden == Activation.SOFTMAX) {
            throw new IllegalArgumentException("softmax is only for the output layer; choose relu, leaky-relu, sigmoid, tanh or linear for the hidden layers");
        }
        int outputs = sizes.get(sizes.size() - 1);
        if (output == Activation.SOFTMAX && outputs < 2) {
            throw new IllegalArgumentException("a softmax output needs at least 2 output units; the sizes end in " + outputs);
        }
        if (loss == Loss.BINARY_CROSS_ENTROPY && output != Activation.SIGMOID) {
            throw new IllegalArgumentException("binary-cross-entropy needs a sigmoid output (its ŷ must lie between 0 and 1); the output is " + output.key());
        }
        if (loss == Loss.CATEGORICAL_CROSS_ENTROPY && output != Activation.SOFTMAX) {
            throw new IllegalArgumentException("categorical-cross-entropy needs a softmax output; the output is " + output.key());
        }
        if (skip && !hasHidden) {
            throw new IllegalArgumentException("a skip connection needs at least one hidden layer (sizes such as 2-3-1)");
        }
        if (!(learningRate > 0) || learningRate > MAX_LEARNING_RATE) {
            throw new IllegalArgumentException("the learning rate must be greater than 0 and at most " + Num.ascii(MAX_LEARNING_RATE, 6)
                    + ", found " + Num.ascii(learningRate, 12));
        }
        double scale = pow10(LR_DECIMALS);
        if (Math.round(learningRate * scale) / scale != learningRate) {
            throw new IllegalArgumentException("the learning rate may have at most " + LR_DECIMALS + " decimals, found " + Num.ascii(learningRate, 15));
        }
    }

    public int depth() {
        return sizes.size() - 1;
    }

    public int inputSize() {
        return sizes.get(0);
    }

    public int outputSize() {
        return sizes.get(sizes.size() - 1);
    }

    public boolean hasHiddenLayers() {
        return sizes.size() > 2;
    }

    /** The activation of layer l, 1 = first hidden layer, {@link #depth()} = output. */
    public Activation activation(int l) {
        return l == depth() ? output : hidden;
    }

    /** The sizes as written in the text form: 2-3-1. */
    public String sizesText() {
        StringBuilder sb = new StringBuilder();
        // As an int: TeaVM merges the element types of every list in the program, so appending a list element as an
        // Object pulls in every record's toString and with them double-to-text conversion, ~9 KB gzip of the page.
        for (int k = 0; k < sizes.size(); k++) sb.append(k == 0 ? "" : "-").append(sizes.get(k).intValue());
        return sb.toString();
    }

    /** The canonical text form with every token; {@link #parse} reads it back to equal options. */
    public String format() {
        StringBuilder sb = new StringBuilder(sizesText());
        if (hasHiddenLayers()) sb.append(',').append(hidden.key());
        sb.append(',').append(output.key());
        sb.append(',').append(loss.key());
        sb.append(',').append(biases ? "bias" : "nobias");
        sb.append(',').append(skip ? "skip" : "noskip");
        sb.append(',').append(difficulty.key());
        sb.append(',').append(allowDeadLayers ? "dead" : "nodead");
        sb.append(",lr=").append(Num.ascii(learningRate, 12));
        // Written only when it differs from the default, so that links made before stages existed stay as they were.
        if (!stages.equals(Stages.DEFAULT)) sb.append(",ask=").append(stages.text());
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    /**
     * Reads the text form.
     *
     * @throws IllegalArgumentException with a message that names the token at fault and what it may be
     */
    public static GeneratorOptions parse(String text) {
        if (text == null || text.trim().isEmpty()) {
            throw new IllegalArgumentException("the options are empty; give at least the layer sizes, e.g. 2-3-1");
        }
        if (text.length() > 300) throw new IllegalArgumentException("the options are too long (" + text.length() + " characters)");
        List<String> tokens = split(lowerAscii(text));
        List<Integer> sizes = sizes(tokens.get(0));
        boolean hasHidden = sizes.size() > 2;
        List<Activation> acts = new ArrayList<>();
        Loss loss = null;
        Boolean bias = null;
        Boolean skip = null;
        Difficulty difficulty = null;
        Boolean dead = null;
        Double lr = null;
        Stages ask = null;
        for (int k = 1; k < tokens.size(); k++) {
            String t = tokens.get(k);
            if (t.isEmpty()) throw new IllegalArgumentException("option " + (k + 1) + " is empty (two commas in a row?)");
            Activation a = Activation.fromKey(t);
            Loss l = Loss.fromKey(t);
            Difficulty d = Difficulty.fromKey(t);
            if (a != null) {
                if (acts.size() == (hasHidden ? 2 : 1)) {
                    throw new IllegalArgumentException(hasHidden
                            ? "too many activations: '" + t + "' would be a third (the first is the hidden layers', the second the output's)"
                            : "too many activations: '" + t + "' would be a second, and sizes " + tokens.get(0) + " have no hidden layer");
                }
                acts.add(a);
            } else if (l != null) {
                loss = once(loss, l, t, "loss");
            } else if (t.equals("bias") || t.equals("nobias")) {
                bias = once(bias, t.equals("bias"), t, "bias choice");
            } else if (t.equals("skip") || t.equals("noskip")) {
                skip = once(skip, t.equals("skip"), t, "skip choice");
            } else if (d != null) {
                difficulty = once(difficulty, d, t, "difficulty");
            } else if (t.equals("dead") || t.equals("nodead")) {
                dead = once(dead, t.equals("dead"), t, "dead-layer choice");
            } else if (t.startsWith("lr=")) {
                lr = once(lr, learningRate(t.substring(3)), t, "learning rate");
            } else if (t.startsWith("ask=")) {
                ask = once(ask, stages(t.substring(4)), t, "list of stages asked");
            } else {
                throw new IllegalArgumentException("unknown option '" + shorten(t) + "'; use an activation (" + Activation.keys()
                        + "), a loss (" + Loss.keys() + "), bias/nobias, skip/noskip, nice/two-decimals, dead/nodead, lr=0.1"
                        + " or ask=forward+loss+backward+update+new-loss");
            }
        }
        Activation hidden = hasHidden && !acts.isEmpty() ? acts.get(0) : Activation.RELU;
        Activation output = hasHidden ? (acts.size() > 1 ? acts.get(1) : null) : (acts.isEmpty() ? null : acts.get(0));
        if (output == null) {
            output = loss == Loss.BINARY_CROSS_ENTROPY ? Activation.SIGMOID
                    : loss == Loss.CATEGORICAL_CROSS_ENTROPY ? Activation.SOFTMAX : Activation.LINEAR;
        }
        if (loss == null) loss = output == Activation.SOFTMAX ? Loss.CATEGORICAL_CROSS_ENTROPY : Loss.HALF_SUM_SQUARED;
        GeneratorOptions d = DEFAULT;
        return new GeneratorOptions(sizes, hidden, output, loss, bias != null ? bias : d.biases, skip != null ? skip : d.skip,
                difficulty != null ? difficulty : d.difficulty, dead != null ? dead : d.allowDeadLayers, lr != null ? lr : d.learningRate,
                ask != null ? ask : d.stages);
    }

    /** forward+loss+backward: the stages a generated exercise asks, read as the exercise editor reads them. */
    private static Stages stages(String text) {
        try {
            return Stages.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ask=: " + e.getMessage());
        }
    }

    private static <T> T once(T previous, T value, String token, String what) {
        if (previous != null) throw new IllegalArgumentException("the " + what + " is given twice ('" + shorten(token) + "' and an earlier one)");
        return value;
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= text.length(); k++) {
            if (k == text.length() || text.charAt(k) == ',') {
                out.add(text.substring(start, k).trim());
                start = k + 1;
            }
        }
        return out;
    }

    private static List<Integer> sizes(String t) {
        String hint = "the first option is the layer sizes from input to output, such as 2-3-1";
        if (t.isEmpty()) throw new IllegalArgumentException(hint + "; it is empty");
        List<Integer> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= t.length(); k++) {
            if (k < t.length() && t.charAt(k) != '-') {
                char c = t.charAt(k);
                if (c < '0' || c > '9') throw new IllegalArgumentException(hint + "; found '" + shorten(t) + "'");
                continue;
            }
            String part = t.substring(start, k);
            if (part.isEmpty()) throw new IllegalArgumentException(hint + "; '" + shorten(t) + "' has an empty size");
            if (part.length() > 2) throw new IllegalArgumentException("every layer size must be from 1 to " + MAX_WIDTH + ", found " + shorten(part));
            out.add(Integer.parseInt(part));
            start = k + 1;
        }
        return out;
    }

    /** A plain decimal such as 0.05, read digit by digit so the value is the same double everywhere. */
    private static double learningRate(String s) {
        String hint = "lr= needs a plain decimal number such as 0.1";
        if (s.isEmpty()) throw new IllegalArgumentException(hint + "; it is empty");
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '.') {
                if (decimals >= 0) throw new IllegalArgumentException(hint + "; found '" + shorten(s) + "'");
                decimals = 0;
            } else if (c >= '0' && c <= '9') {
                if (mantissa > 0 || c != '0') digits++;
                if (digits > 12) throw new IllegalArgumentException(hint + " with at most 12 digits; found '" + shorten(s) + "'");
                mantissa = mantissa * 10 + (c - '0');
                if (decimals >= 0) decimals++;
            } else {
                throw new IllegalArgumentException(hint + "; found '" + shorten(s) + "'");
            }
        }
        if (s.equals(".")) throw new IllegalArgumentException(hint + "; found '.'");
        if (decimals > LR_DECIMALS) {
            throw new IllegalArgumentException("the learning rate may have at most " + LR_DECIMALS + " decimals, found " + shorten(s));
        }
        // mantissa < 10¹² and 10^decimals are exact doubles, so one correctly rounded division gives the nearest double.
        return mantissa / pow10(Math.max(decimals, 0));
    }

    private static double pow10(int k) {
        double r = 1;
        for (int i = 0; i < k; i++) r *= 10;
        return r;
    }

    private static String lowerAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 27) + "…" : s;
    }
}
