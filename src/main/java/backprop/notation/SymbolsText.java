package backprop.notation;

import backprop.model.Exercise;
import backprop.model.Network;
import backprop.model.ParamRef;
import backprop.model.WeightLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Symbols" box: what every letter of the worked products means, in this exercise's own notation (its layer
 * numbers, index base and weight layout), so that δ, ŷ and the indices of W need no guessing.
 */
public final class SymbolsText {

    private SymbolsText() {
    }

    public static List<String> of(Exercise ex) {
        Network net = ex.network();
        Names names = new Names(net, ex.conventions());
        int depth = net.depth();
        String l = "⁽ˡ⁾";
        List<String> out = new ArrayList<>();
        out.add("δ" + l + " = ∂L/∂z" + l + ": the error signal of layer l, what the backward pass hands down; for example "
                + SymText.of(names.delta(depth, 0)) + " = " + SymText.of(Names.dL(names.z(depth, 0))) + ".");
        out.add("z" + l + " = W" + l + "a⁽ˡ⁻¹⁾ + b" + l + " and a" + l + " = f(z" + l + "), layer by layer from a⁽⁰⁾ = x, the input; ŷ = a⁽"
                + SymText.superscript(Integer.toString(depth)) + "⁾, the output, compared with the target y by the loss L.");
        ParamRef p = names.weight(depth, depth - 1, 0, net.width(depth - 1) > 1 ? 1 : 0);
        String w = SymText.of(names.param(p));
        boolean neuronRows = ex.conventions().weightLayout() == WeightLayout.NEURON_ROWS;
        String into = "unit " + (p.j() + ex.conventions().indexBase()) + " of layer " + depth;
        String from = depth - 1 == 0 ? "input " + (p.i() + ex.conventions().indexBase())
                : "unit " + (p.i() + ex.conventions().indexBase()) + " of layer " + (depth - 1);
        out.add("W" + l + " holds the weights into layer l, written " + (neuronRows
                ? "one row per unit: the first index is the unit the weight goes into, the second the one it reads ("
                : "one row per input: the first index is the value the weight reads, the second the unit it goes into (")
                + w + " goes from " + from + " to " + into + "); indices start at " + ex.conventions().indexBase() + ".");
        out.add("η = " + Num.format(ex.learningRate()) + ", the learning rate: each parameter p becomes p′ = p − η·∂L/∂p.");
        return out;
    }
}
