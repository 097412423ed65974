package backprop.render;

import backprop.forward.ForwardResult;
import backprop.model.Activation;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Network;
import backprop.model.Skip;
import backprop.notation.Num;
import backprop.notation.Sym;
import backprop.notation.SymText;

/**
 * A forward pass as text, one layer at a time: the layer's function, z and a as vectors, and which
 * of them the exercise gave rather than the weights produced.
 */
public final class ForwardText {

    private ForwardText() {
    }

    /**
     * @param fromExercise whether the pass may hold the exercise's given values (the first pass); the
     *                     pass after the update never does
     */
    public static void append(StringBuilder sb, Exercise ex, ForwardResult fwd, boolean fromExercise, String indent) {
        Network net = ex.network();
        int depth = net.depth();
        sb.append(indent).append("x = ").append(vector(fwd.a()[0])).append('\n');
        for (int l = 1; l <= depth; l++) {
            Layer layer = net.layer(l);
            sb.append(indent).append("layer ").append(l).append(" · ").append(function(layer.activation()));
            if (l == depth) sb.append(" · output");
            for (Skip s : layer.skips()) sb.append(" · also reads ").append(vectorName(net, s.from())).append(" through a skip");
            sb.append('\n');
            boolean givenZ = fromExercise && fwd.given()[l] && layer.givenZ() != null;
            boolean givenA = fromExercise && fwd.given()[l] && layer.givenA() != null;
            sb.append(indent).append("  ").append(SymText.of(new Sym.Var("z", Integer.toString(l), new int[0])))
                    .append(" = ").append(vector(fwd.z()[l])).append(givenZ ? "   (given)" : "").append('\n');
            sb.append(indent).append("  ").append(vectorName(net, l));
            if (l == depth) sb.append(" = ").append(SymText.of(new Sym.Var("a", Integer.toString(l), new int[0])));
            sb.append(" = ").append(vector(fwd.a()[l])).append(givenA ? "   (given)" : "").append('\n');
        }
        sb.append(indent).append("L = ").append(ex.loss().formula()).append(" = ").append(Num.format(fwd.loss()))
                .append("   with y = ").append(vector(ex.target())).append('\n');
    }

    /** x, a⁽ˡ⁾ or ŷ: the whole output of layer l. */
    static String vectorName(Network net, int l) {
        if (l == 0) return "x";
        if (l == net.depth()) return "ŷ";
        return SymText.of(new Sym.Var("a", Integer.toString(l), new int[0]));
    }

    static String function(Activation act) {
        return act == Activation.LINEAR ? "linear (no activation)" : act.symbol();
    }

    public static String vector(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) sb.append(i == 0 ? "" : ", ").append(Num.format(v[i]));
        return sb.append(']').toString();
    }
}
