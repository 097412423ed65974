package backprop.generate;

import backprop.model.Activation;
import backprop.model.Loss;
import backprop.notation.Num;
import java.util.ArrayList;
import java.util.List;

/**
 * The words around a generated exercise. The seed is in the title and the first note so a student
 * can read it off a printed sheet and an instructor can regenerate that very sheet.
 */
final class PracticeText {

    private PracticeText() {
    }

    /** Practice · seed 12345 · 2-3-1 ReLU → σ + skip. */
    static String title(long seed, GeneratorOptions o) {
        StringBuilder sb = new StringBuilder("Practice · seed ").append(seed).append(" · ").append(o.sizesText()).append(' ');
        if (o.hasHiddenLayers()) {
            sb.append(symbol(o.hidden()));
            if (o.output() != Activation.LINEAR) sb.append(" → ").append(symbol(o.output()));
        } else {
            sb.append(symbol(o.output()));
        }
        if (o.skip()) sb.append(" + skip");
        return sb.toString();
    }

    static String description(GeneratorOptions o) {
        StringBuilder sb = new StringBuilder();
        sb.append(units(o.inputSize(), "input")).append(", ");
        int hiddenLayers = o.depth() - 1;
        if (hiddenLayers == 1) {
            sb.append("a hidden layer of ").append(units(o.sizes().get(1), name(o.hidden()) + " unit"));
        } else if (hiddenLayers > 1) {
            sb.append("hidden layers of ");
            for (int l = 1; l <= hiddenLayers; l++) {
                sb.append(l == 1 ? "" : l == hiddenLayers ? " and " : ", ").append(o.sizes().get(l).intValue());   // int, not Object: see GeneratorOptions.sizesText
            }
            sb.append(' ').append(name(o.hidden())).append(" units");
        }
        if (hiddenLayers > 0) sb.append(" and ");
        sb.append(units(o.outputSize(), name(o.output()) + " output unit"));
        if (o.skip()) {
            int from = o.depth() - 2;
            sb.append("; the output layer also reads ").append(from == 0 ? "the input" : "hidden layer " + from)
                    .append(" directly through a skip connection");
        }
        sb.append(". Loss L = ").append(o.loss().formula()).append(", learning rate η = ").append(Num.format(o.learningRate()))
                .append(". Do the forward pass and the loss, find the gradient of the loss with respect to every z, a,")
                .append(" weight").append(o.biases() ? " and bias" : "")
                .append(", update them once with SGD and compute the loss again.");
        return sb.toString();
    }

    /** Problems a note names one by one. */
    static final int NAMED_PROBLEMS = 8;

    static List<String> notes(long seed, GeneratorOptions o, List<String> problems) {
        List<String> notes = new ArrayList<>();
        notes.add("Generated from seed " + seed + " with the options " + o.format()
                + "; the same seed and options always give this exercise.");
        String decimals = o.difficulty() == Difficulty.NICE ? "at most one decimal" : "at most two decimals";
        notes.add("Indices start at 1 and W⁽ˡ⁾ⱼₖ is the weight into unit j of layer l from unit k of the layer below"
                + " (one row per unit). Inputs, weights, biases and targets have " + decimals + ".");
        if (uses(o, Activation.RELU) || uses(o, Activation.LEAKY_RELU)) {
            String slope = uses(o, Activation.LEAKY_RELU) ? " The leaky ReLU has slope 0.01 for z < 0." : "";
            notes.add("No ReLU input z is within " + Num.format(Rules.KINK) + " of the kink at 0, so ReLU′ is plainly 1 or "
                    + (uses(o, Activation.LEAKY_RELU) && !uses(o, Activation.RELU) ? "the slope" : "0") + "." + slope);
        }
        if (uses(o, Activation.RELU)) {
            notes.add(o.allowDeadLayers()
                    ? "A ReLU layer may have every unit inactive; then no gradient reaches the layers below it."
                    : "Every ReLU layer has at least one active unit, and inactive units leave at most a quarter of the cells at 0.");
        }
        if (uses(o, Activation.SIGMOID) || uses(o, Activation.TANH) || uses(o, Activation.SOFTMAX)) {
            notes.add("Every z into a sigmoid, tanh or softmax unit has |z| ≤ " + Num.format(Rules.SATURATION)
                    + ", so no unit is saturated.");
        }
        if (o.loss() == Loss.HALF_MEAN_SQUARED || o.loss() == Loss.MEAN_SQUARED) {
            notes.add("N in the loss is the number of outputs, " + o.outputSize() + ".");
        }
        if (!problems.isEmpty()) {
            // The first few say what is wrong; all of them could pass the length an exercise file allows a note.
            StringBuilder named = new StringBuilder();
            for (int k = 0; k < problems.size() && k < NAMED_PROBLEMS; k++) named.append(k == 0 ? "" : "; ").append(problems.get(k));
            if (problems.size() > NAMED_PROBLEMS) named.append("; and ").append(problems.size() - NAMED_PROBLEMS).append(" more");
            notes.add("No draw met every rule for these options; this one has " + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + ": " + named + ".");
        }
        return notes;
    }

    private static boolean uses(GeneratorOptions o, Activation a) {
        return o.output() == a || (o.hasHiddenLayers() && o.hidden() == a);
    }

    private static String units(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String symbol(Activation a) {
        return a == Activation.LINEAR ? "linear" : a.symbol();
    }

    private static String name(Activation a) {
        // An if-chain rather than a switch: see docs/PAGE-SIZE.md.
        return a == Activation.RELU ? "ReLU" : a == Activation.LEAKY_RELU ? "leaky-ReLU" : a.key();
    }
}
