package backprop.web;

import backprop.model.Exercise;
import backprop.notation.Names;
import backprop.notation.Num;
import backprop.render.MathMarkup;
import backprop.render.UpdateText;
import backprop.solve.Solution;
import backprop.update.ParamChange;
import backprop.update.UpdateResult;
import org.teavm.jso.dom.html.HTMLElement;

/** The SGD step, old → new for every parameter in the exercise's own naming, and what it did to the loss. */
final class UpdateView {

    private UpdateView() {
    }

    static void fill(Solution sol) {
        Exercise ex = sol.exercise();
        UpdateResult u = sol.update();
        Names names = new Names(ex.network(), ex.conventions());
        Dom.byId("update-rule").setTextContent("Each parameter p becomes p − η·∂L/∂p with η = " + Num.format(u.learningRate()) + ".");
        HTMLElement body = Dom.byId("update-rows");
        Dom.clear(body);
        boolean frozen = false;
        for (ParamChange c : u.changes()) frozen |= c.frozen();
        // The note column says "frozen"; without a frozen parameter it would stand empty.
        Dom.toggle(Dom.byId("update-table"), "has-frozen", frozen);
        for (ParamChange c : u.changes()) {
            HTMLElement tr = Dom.add(body, Dom.el("tr", c.frozen() ? "param-change frozen" : "param-change"));
            tr.setAttribute("data-param-id", c.param().id());
            tr.setAttribute("title", UpdateText.of(c, u.learningRate(), names));
            HTMLElement th = Dom.add(tr, Dom.el("th", null));
            th.setAttribute("scope", "row");
            Dom.html(th, MathMarkup.inline(names.param(c.param())));
            tr.appendChild(Dom.el("td", "old", Num.format(c.before())));
            tr.appendChild(Dom.el("td", "gradient", Num.format(c.gradient())));
            tr.appendChild(Dom.el("td", "arrow", "→"));
            tr.appendChild(Dom.el("td", "new", Num.format(c.after())));
            tr.appendChild(Dom.el("td", "note", c.frozen() ? "frozen: unchanged" : ""));
        }
        Dom.byId("new-loss").setTextContent("New loss L = " + Num.format(u.lossAfter()) + " with ŷ = "
                + Overview.vector(u.after().yhat()) + " after the step.");
        double before = u.lossBefore();
        double after = u.lossAfter();
        String trend = after < before ? "The loss went down" : after > before ? "The loss went up" : "The loss did not change";
        StringBuilder sb = new StringBuilder(trend).append(": ").append(Num.format(before)).append(" → ").append(Num.format(after));
        if (after != before) sb.append(" (").append(after < before ? "−" : "+").append(Num.format(Math.abs(after - before))).append(')');
        sb.append('.');
        if (ex.hasGivenValues()) {
            sb.append(" This exercise gives its forward values instead of computing them, so the comparison is with the loss computed from the weights (")
                    .append(Num.format(before)).append("), not with the loss of the given values (").append(Num.format(sol.forward().loss())).append(").");
        }
        Dom.byId("loss-change").setTextContent(sb.toString());
    }
}
