package backprop.web;

import backprop.backward.Ids;
import backprop.forward.ForwardResult;
import backprop.model.Activation;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Network;
import backprop.model.WeightLayout;
import backprop.notation.Num;
import backprop.notation.Sym;
import backprop.notation.SymText;
import backprop.notation.SymbolsText;
import backprop.session.Session;
import backprop.solve.Solution;
import org.teavm.jso.dom.html.HTMLElement;

/** The exercise's words and facts, the forward pass as a table, its warnings and the loss. */
final class Overview {

    private Overview() {
    }

    static void show(Solution sol) {
        Exercise ex = sol.exercise();
        Dom.byId("exercise-title").setTextContent(ex.title());
        Dom.byId("exercise-description").setTextContent(ex.description());
        Dom.byId("exercise-facts").setTextContent(facts(ex));
        HTMLElement notes = Dom.byId("exercise-notes");
        Dom.clear(notes);
        for (String n : ex.notes()) notes.appendChild(Dom.el("li", null, n));
        HTMLElement symbols = Dom.byId("symbols");
        Dom.clear(symbols);
        for (String s : SymbolsText.of(ex)) symbols.appendChild(Dom.el("li", null, s));
    }

    private static String facts(Exercise ex) {
        Conventions c = ex.conventions();
        boolean neuronRows = c.weightLayout() == WeightLayout.NEURON_ROWS;
        StringBuilder sb = new StringBuilder("Loss L = ").append(ex.loss().formula())
                .append(" · learning rate η = ").append(Num.format(ex.learningRate()))
                .append(neuronRows ? " · weight matrices are written one row per unit: the first index of W is the unit the weight goes into, the second the input it reads"
                        : " · weight matrices are written one row per input: the first index of W is the input the weight reads, the second the unit it goes into")
                .append(" · indices start at ").append(c.indexBase());
        boolean relu = false;
        for (Layer l : ex.network().layers()) relu |= l.activation() == Activation.RELU || l.activation() == Activation.LEAKY_RELU;
        if (relu) sb.append(" · ReLU′(0) = ").append(Num.format(c.reluAtZero()));
        if (!c.frozen().isEmpty()) sb.append(" · frozen: ").append(String.join(", ", c.frozen()));
        return sb.toString();
    }

    /** The forward pass as a table, each value the exercise still asks written "?" until answered or shown. */
    static void forward(Solution sol, Session session, boolean all) {
        Exercise ex = sol.exercise();
        Network net = ex.network();
        ForwardResult fwd = sol.forward();
        HTMLElement body = Dom.byId("forward-rows");
        Dom.clear(body);
        HTMLElement input = Dom.add(body, Dom.el("tr", null));
        input.appendChild(Dom.el("th", null, "input"));
        input.appendChild(Dom.el("td", null, "—"));
        input.appendChild(Dom.el("td", null, "x = " + vector(fwd.a()[0])));
        for (int l = 1; l <= net.depth(); l++) {
            Layer layer = net.layer(l);
            HTMLElement tr = Dom.add(body, Dom.el("tr", null));
            String what = l == net.depth() ? "output" : "hidden";
            tr.appendChild(Dom.el("th", null, "layer " + l + " · " + what + " · "
                    + (layer.activation() == Activation.LINEAR ? "no activation" : layer.activation().symbol())));
            boolean given = fwd.given()[l];
            String[] zIds = new String[layer.size()];
            String[] aIds = new String[layer.size()];
            for (int j = 0; j < zIds.length; j++) {
                zIds[j] = Ids.fwdZ(l, j);
                aIds[j] = Ids.fwdA(l, net.depth(), j);
            }
            cell(tr, name("z", l) + " = " + vector(fwd.z()[l], zIds, all ? null : session), given && layer.givenZ() != null);
            cell(tr, (l == net.depth() ? "ŷ = " : "") + name("a", l) + " = " + vector(fwd.a()[l], aIds, all ? null : session),
                    given && layer.givenA() != null);
        }
        HTMLElement warnings = Dom.byId("warnings");
        Dom.clear(warnings);
        for (String w : fwd.warnings()) warnings.appendChild(Dom.el("li", "warning", w));
        Dom.hide(warnings, fwd.warnings().isEmpty());
        Dom.byId("loss").setTextContent("L = " + (all || session.mayShow(Ids.loss("")) ? Num.format(fwd.loss()) : "?"));
        StringBuilder y = new StringBuilder("with L = ").append(ex.loss().formula()).append(" and target y = ").append(vector(ex.target()));
        if (ex.hasGivenValues()) y.append(", from the given values");
        Dom.byId("loss-formula").setTextContent(y.toString());
    }

    private static void cell(HTMLElement tr, String text, boolean given) {
        HTMLElement td = Dom.add(tr, Dom.el("td", given ? "given" : null, text));
        if (given) td.appendChild(Dom.el("span", "badge", "given"));
    }

    private static String name(String base, int l) {
        return SymText.of(new Sym.Var(base, Integer.toString(l), new int[0]));
    }

    /** As {@link #vector(double[])}, with "?" for each value whose cell the session does not yet show (all for null). */
    private static String vector(double[] v, String[] ids, Session session) {
        StringBuilder sb = new StringBuilder(v.length == 1 ? "" : "[");
        for (int k = 0; k < v.length; k++) sb.append(k == 0 ? "" : ", ").append(session == null || session.mayShow(ids[k]) ? Num.format(v[k]) : "?");
        return sb.append(v.length == 1 ? "" : "]").toString();
    }

    /** [1, 2], or a lone number without brackets. */
    static String vector(double[] v) {
        return vector(v, null, null);
    }
}
