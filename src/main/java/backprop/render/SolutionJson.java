package backprop.render;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.backward.Factor;
import backprop.backward.Gradients;
import backprop.backward.Term;
import backprop.exercise.Json;
import backprop.exercise.JsonArray;
import backprop.exercise.JsonObject;
import backprop.forward.ForwardResult;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Network;
import backprop.model.WeightLayout;
import backprop.notation.Names;
import backprop.notation.SymText;
import backprop.question.Option;
import backprop.question.Question;
import backprop.question.QuestionKind;
import backprop.solve.Solution;
import backprop.update.ParamChange;
import backprop.update.UpdateResult;

/**
 * A solution as JSON ("backprop-tutor/solution@1"), for scripts and other graders. Numbers are JSON
 * numbers at full double precision; labels and chain-rule lines are the same Unicode text the answer
 * key prints. Gradient matrices are written in the exercise's layout, so ∂L/∂W has W's shape in the file.
 */
public final class SolutionJson {

    public static final String FORMAT = "backprop-tutor/solution@1";

    private SolutionJson() {
    }

    public static String write(Solution s, boolean pretty) {
        JsonObject o = of(s);
        return pretty ? JsonPretty.write(o) : o.toString();
    }

    public static JsonObject of(Solution s) {
        Exercise ex = s.exercise();
        JsonObject o = new JsonObject();
        o.add("format", FORMAT);
        o.add("title", ex.title());
        o.add("description", ex.description());
        o.add("notes", JsonValues.strings(ex.notes()));
        o.add("loss", new JsonObject().add("name", ex.loss().key()).add("formula", ex.loss().formula()));
        o.add("conventions", conventions(ex.conventions()));
        o.add("forward", forward(ex, s.forward(), true));
        o.add("warnings", JsonValues.strings(s.forward().warnings()));
        o.add("dYhat", JsonValues.vector(s.backward().gradients().dYhat()));
        o.add("gradients", gradients(ex, s.backward().gradients()));
        JsonArray cells = new JsonArray();
        for (Cell c : s.backward().cells()) cells.add(cell(c));
        o.add("cells", cells);
        o.add("update", update(ex, s.update()));
        o.add("structure", new JsonObject().add("functions", s.structure().functions())
                .add("weights", s.structure().weights()).add("biases", s.structure().biases()));
        o.add("stages", JsonValues.strings(s.sheet().stages().keys()));
        JsonArray asked = new JsonArray();
        for (Cell c : s.sheet().asked()) asked.add(cell(c).add("stage", c.kind().stage().key()));
        o.add("asked", asked);
        JsonArray questions = new JsonArray();
        for (Question q : s.sheet().questions()) questions.add(question(q));
        o.add("questions", questions);
        return o;
    }

    private static JsonObject conventions(Conventions c) {
        return new JsonObject()
                .add("weightLayout", c.weightLayout().key())
                .add("indexBase", c.indexBase())
                .add("reluAtZero", JsonValues.number(c.reluAtZero()))
                .add("leakySlope", JsonValues.number(c.leakySlope()))
                .add("frozen", JsonValues.strings(c.frozen()));
    }

    /** @param fromExercise false for the pass after the update, which never uses given values */
    static JsonObject forward(Exercise ex, ForwardResult fwd, boolean fromExercise) {
        Network net = ex.network();
        JsonArray layers = new JsonArray();
        for (int l = 1; l <= net.depth(); l++) {
            layers.add(new JsonObject()
                    .add("layer", l)
                    .add("activation", net.layer(l).activation().key())
                    .add("z", JsonValues.vector(fwd.z()[l]))
                    .add("a", JsonValues.vector(fwd.a()[l]))
                    .add("given", fromExercise && fwd.given()[l]));
        }
        return new JsonObject()
                .add("input", JsonValues.vector(fwd.a()[0]))
                .add("target", JsonValues.vector(ex.target()))
                .add("layers", layers)
                .add("yhat", JsonValues.vector(fwd.yhat()))
                .add("loss", JsonValues.number(fwd.loss()));
    }

    private static JsonArray gradients(Exercise ex, Gradients g) {
        Network net = ex.network();
        WeightLayout layout = ex.conventions().weightLayout();
        JsonArray out = new JsonArray();
        for (int l = 1; l <= net.depth(); l++) {
            Layer layer = net.layer(l);
            JsonArray skips = new JsonArray();
            for (int s = 0; s < layer.skips().size(); s++) {
                skips.add(new JsonObject().add("from", layer.skips().get(s).from())
                        .add("W", JsonValues.matrix(g.dSkip()[l][s], layout)));
            }
            out.add(new JsonObject()
                    .add("layer", l)
                    .add("a", l == net.depth() ? Json.NULL : JsonValues.vector(g.dA()[l]))
                    .add("z", JsonValues.vector(g.dZ()[l]))
                    .add("W", JsonValues.matrix(g.dW()[l], layout))
                    .add("b", layer.hasBias() ? JsonValues.vector(g.dB()[l]) : Json.NULL)
                    .add("skips", skips));
        }
        return out;
    }

    static JsonObject cell(Cell c) {
        JsonArray terms = new JsonArray();
        for (Term t : c.terms()) {
            JsonArray factors = new JsonArray();
            for (Factor f : t.factors()) {
                factors.add(new JsonObject()
                        .add("symbol", SymText.of(f.sym()))
                        .add("value", JsonValues.number(f.value()))
                        .add("detail", JsonValues.string(f.detail()))
                        .add("cell", JsonValues.string(f.cellId())));
            }
            terms.add(new JsonObject().add("via", JsonValues.string(t.via())).add("factors", factors));
        }
        return new JsonObject()
                .add("id", c.id())
                .add("kind", kind(c.kind()))
                .add("label", SymText.of(c.label()))
                .add("value", JsonValues.number(c.value()))
                .add("product", ChainText.of(c))
                .add("terms", terms)
                .add("frozen", c.frozen());
    }

    /** "pre-activation" rather than PRE_ACTIVATION: the file formats use lower-case, hyphenated names. */
    public static String kind(CellKind k) {
        return k.key();
    }

    static JsonObject question(Question q) {
        JsonObject o = new JsonObject().add("id", q.id()).add("kind", q.kind().key()).add("prompt", q.prompt());
        if (q.kind() == QuestionKind.COUNT) {
            o.add("answer", q.answer());
        } else {
            JsonArray opts = new JsonArray();
            for (Option op : q.options()) {
                opts.add(new JsonObject().add("key", op.key()).add("text", op.text()).add("right", op.right())
                        .add("feedback", op.feedback()));
            }
            o.add("options", opts);
            o.add("answer", q.options().get(q.rightOption()).key());
        }
        return o.add("explanation", q.explanation()).add("first", q.first());
    }

    private static JsonObject update(Exercise ex, UpdateResult u) {
        Names names = new Names(ex.network(), ex.conventions());
        JsonArray params = new JsonArray();
        for (ParamChange c : u.changes()) {
            params.add(new JsonObject()
                    .add("id", c.param().id())
                    .add("cell", c.frozen() ? Json.NULL : Json.value("new." + c.param().id()))
                    .add("symbol", SymText.of(names.param(c.param())))
                    .add("before", JsonValues.number(c.before()))
                    .add("gradient", JsonValues.number(c.gradient()))
                    .add("after", JsonValues.number(c.after()))
                    .add("frozen", c.frozen())
                    .add("rule", UpdateText.of(c, u.learningRate(), names)));
        }
        return new JsonObject()
                .add("learningRate", JsonValues.number(u.learningRate()))
                .add("parameters", params)
                .add("forward", forward(ex, u.after(), false))
                .add("lossBefore", JsonValues.number(u.lossBefore()))
                .add("lossAfter", JsonValues.number(u.lossAfter()))
                .add("lossChange", JsonValues.number(u.lossChange()));
    }
}
