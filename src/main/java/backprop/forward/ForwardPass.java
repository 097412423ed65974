package backprop.forward;

import backprop.exercise.ExerciseRules;
import backprop.model.Activation;
import backprop.model.Conventions;
import backprop.model.Layer;
import backprop.model.Loss;
import backprop.model.Network;
import backprop.model.NumericException;
import backprop.model.Skip;
import backprop.notation.Names;
import backprop.notation.Num;
import backprop.notation.Sym;
import backprop.notation.SymText;
import java.util.ArrayList;
import java.util.List;

/** z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + Σ_skips W⁽ˡ←ᵏ⁾a⁽ᵏ⁾ + b⁽ˡ⁾, a⁽ˡ⁾ = f(z⁽ˡ⁾), then the loss. */
public final class ForwardPass {

    /** Values that differ by less than this (relative) count as following from the weights. */
    private static final double CONSISTENT = 1e-9;

    private ForwardPass() {
    }

    /**
     * @param useGiven whether to take the forward values an exercise supplies (the first pass of
     *                 worksheet 000) or to compute everything from the weights (every pass after an update)
     */
    public static ForwardResult run(Network net, double[] x, double[] y, Loss loss, Conventions conv, boolean useGiven) {
        int depth = net.depth();
        Names names = new Names(net, conv);
        double[][] z = new double[depth + 1][];
        double[][] a = new double[depth + 1][];
        boolean[] given = new boolean[depth + 1];
        // Odd loss and output pairs are said where given values that do not add up are: beside the forward pass.
        List<String> warnings = new ArrayList<>(ExerciseRules.warnings(net, loss));
        a[0] = x.clone();
        for (int l = 1; l <= depth; l++) {
            Layer layer = net.layer(l);
            double[] computedZ = preActivation(layer, l, a);
            requireFinite(computedZ, l, names, true);
            boolean hasGivenZ = useGiven && layer.givenZ() != null;
            boolean hasGivenA = useGiven && layer.givenA() != null;
            z[l] = hasGivenZ ? layer.givenZ().clone() : computedZ;
            if (hasGivenZ) compare("z", l, layer.givenZ(), computedZ, names, warnings, givenInputNote(a, given, l));
            double[] computedA = layer.activation().apply(z[l], conv);
            requireFinite(computedA, l, names, false);
            a[l] = hasGivenA ? layer.givenA().clone() : computedA;
            if (hasGivenA) compare("a", l, layer.givenA(), computedA, names, warnings,
                    hasGivenZ ? " from the given z" : givenInputNote(a, given, l));
            given[l] = hasGivenZ || hasGivenA;
        }
        double lossValue = loss.value(a[depth], y);
        if (!Double.isFinite(lossValue)) {
            throw new NumericException("The loss is infinite: " + loss.key() + " needs every ŷ strictly between 0 and 1"
                    + " where the target is not, and ŷ = " + vector(a[depth]) + ".");
        }
        return new ForwardResult(z, a, given, lossValue, warnings);
    }

    private static double[] preActivation(Layer layer, int l, double[][] a) {
        double[] z = new double[layer.size()];
        for (int j = 0; j < z.length; j++) {
            // Worked as on paper, so that a z that is 0 by hand is 0 here and ReLU′(0) applies as the sheet means.
            PaperSum s = new PaperSum();
            if (layer.hasBias()) s.add(layer.bias()[j]);
            dot(s, layer.weights()[j], a[l - 1]);
            for (Skip skip : layer.skips()) dot(s, skip.weights()[j], a[skip.from()]);
            z[j] = s.value();
        }
        return z;
    }

    private static void dot(PaperSum s, double[] w, double[] v) {
        for (int i = 0; i < w.length; i++) s.add(w[i], v[i]);
    }

    private static String givenInputNote(double[][] a, boolean[] given, int l) {
        for (int k = 1; k < l; k++) if (given[k]) return " from the weights and the given values before it";
        return " from the weights";
    }

    private static void compare(String what, int l, double[] givenV, double[] computed, Names names,
                                List<String> warnings, String source) {
        for (int j = 0; j < givenV.length; j++) {
            double scale = Math.max(1.0, Math.max(Math.abs(givenV[j]), Math.abs(computed[j])));
            if (Math.abs(givenV[j] - computed[j]) > CONSISTENT * scale) {
                Sym.Var sym = what.equals("z") ? names.z(l, 0) : names.a(l, 0);
                String name = sym.sup().isEmpty() ? sym.base() : sym.base() + "⁽" + SymText.superscript(sym.sup()) + "⁾";
                warnings.add(name + " is given as " + vector(givenV) + ", but" + source + " it would be "
                        + vector(computed) + ". The backward pass uses the given values, as the worksheet asks.");
                return;
            }
        }
    }

    private static void requireFinite(double[] v, int l, Names names, boolean isZ) {
        for (int j = 0; j < v.length; j++) {
            if (!Double.isFinite(v[j])) {
                Sym s = isZ ? names.z(l, j) : names.aPlain(l, j);
                throw new NumericException(SymText.of(s) + " overflows (" + Num.format(v[j])
                        + "): the weights or inputs are too large to compute with.");
            }
        }
    }

    static String vector(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) sb.append(i == 0 ? "" : ", ").append(Num.format(v[i]));
        return sb.append(']').toString();
    }
}
