package backprop.export;

import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Network;
import backprop.model.Skip;
import backprop.model.WeightLayout;
import backprop.notation.Num;
import backprop.notation.Sym;
import backprop.notation.SymText;

/**
 * An exercise stated in HTML for a question bank: the network in words, then every given number.
 * Every piece of text is escaped with {@link Xml#html}; the only tags are the ones written here.
 */
final class QuestionText {

    private QuestionText() {
    }

    /** The statement shared by every question of one exercise. */
    static String statement(Exercise ex) {
        Network net = ex.network();
        Conventions conv = ex.conventions();
        StringBuilder sb = new StringBuilder();
        sb.append("<p><strong>").append(Xml.html(ex.title())).append("</strong></p>\n");
        if (!ex.description().isEmpty()) sb.append("<p>").append(Xml.html(ex.description())).append("</p>\n");
        sb.append("<p>").append(Xml.html(inWords(ex))).append("</p>\n<ul>\n");
        item(sb, vector("x", "", ex.input()));
        for (int l = 1; l <= net.depth(); l++) {
            Layer layer = net.layer(l);
            item(sb, matrix(net, l, l - 1, layer.weights(), conv.weightLayout()));
            for (Skip s : layer.skips()) item(sb, matrix(net, l, s.from(), s.weights(), conv.weightLayout()));
            if (layer.hasBias()) item(sb, vector("b", Integer.toString(l), layer.bias()));
            if (layer.givenZ() != null) item(sb, "given " + vector("z", Integer.toString(l), layer.givenZ()));
            if (layer.givenA() != null) item(sb, "given " + vector(l == net.depth() ? "ŷ" : "a", l == net.depth() ? "" : Integer.toString(l), layer.givenA()));
        }
        item(sb, vector("y", "", ex.target()));
        item(sb, "loss L = " + ex.loss().formula() + (ex.loss().formula().contains("N") ? " with N = " + net.outputSize() : ""));
        item(sb, "learning rate η = " + Num.format(ex.learningRate()));
        sb.append("</ul>\n<p>").append(Xml.html(conventions(ex))).append("</p>\n");
        return sb.toString();
    }

    /** 2 inputs → 3 ReLU units → 1 ReLU unit (output); layer 3 also reads layer 1. */
    static String inWords(Exercise ex) {
        Network net = ex.network();
        StringBuilder sb = new StringBuilder("The network: ").append(net.inputSize()).append(net.inputSize() == 1 ? " input" : " inputs");
        for (int l = 1; l <= net.depth(); l++) {
            Layer layer = net.layer(l);
            sb.append(" → layer ").append(l).append(": ").append(layer.size()).append(' ').append(layer.activation().key())
                    .append(layer.size() == 1 ? " unit" : " units").append(layer.hasBias() ? "" : " without bias");
            if (l == net.depth()) sb.append(" (the output ŷ)");
            for (Skip s : layer.skips()) sb.append(", also reading ").append(s.from() == 0 ? "the input x" : "layer " + s.from()).append(" directly");
        }
        return sb.append('.').toString();
    }

    private static String conventions(Exercise ex) {
        Conventions c = ex.conventions();
        StringBuilder sb = new StringBuilder("Indices start at ").append(c.indexBase()).append(". ");
        sb.append(c.weightLayout() == WeightLayout.NEURON_ROWS
                ? "Each weight matrix has one row per unit of its layer: Wⱼₖ goes into unit j from unit k."
                : "Each weight matrix has one row per unit of the layer it reads: Wⱼₖ goes from unit j into unit k.");
        sb.append(" ReLU′(0) = ").append(Num.format(c.reluAtZero())).append('.');
        if (!c.frozen().isEmpty()) sb.append(" Frozen (not updated, not asked): ").append(String.join(", ", c.frozen())).append('.');
        return sb.toString();
    }

    private static void item(StringBuilder sb, String text) {
        sb.append("<li>").append(Xml.html(text)).append("</li>\n");
    }

    private static String vector(String base, String sup, double[] v) {
        StringBuilder sb = new StringBuilder(SymText.of(new Sym.Var(base, sup, new int[0]))).append(" = [");
        for (int k = 0; k < v.length; k++) sb.append(k == 0 ? "" : ", ").append(Num.format(v[k]));
        return sb.append(']').toString();
    }

    /** A weight matrix written in the exercise's layout, rows in brackets. */
    private static String matrix(Network net, int l, int from, double[][] w, WeightLayout layout) {
        boolean scalar = net.width(l) == 1 && net.width(from) == 1;
        String sup = from == l - 1 ? Integer.toString(l) : l + "←" + from;
        StringBuilder sb = new StringBuilder(SymText.of(new Sym.Var(scalar ? "w" : "W", sup, new int[0]))).append(" = [");
        int rows = layout == WeightLayout.NEURON_ROWS ? w.length : w[0].length;
        int cols = layout == WeightLayout.NEURON_ROWS ? w[0].length : w.length;
        for (int r = 0; r < rows; r++) {
            sb.append(r == 0 ? "[" : ", [");
            for (int c = 0; c < cols; c++) {
                double v = layout == WeightLayout.NEURON_ROWS ? w[r][c] : w[c][r];
                sb.append(c == 0 ? "" : ", ").append(Num.format(v));
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}
