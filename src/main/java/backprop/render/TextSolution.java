package backprop.render;

import backprop.backward.Cell;
import backprop.model.Activation;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.WeightLayout;
import backprop.notation.Names;
import backprop.notation.Num;
import backprop.solve.Solution;
import backprop.solve.Structure;
import backprop.update.ParamChange;
import backprop.update.UpdateResult;
import backprop.question.Option;
import backprop.question.Question;
import backprop.question.QuestionKind;
import backprop.sheet.Sheet;
import backprop.stage.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * A worked solution as plain Unicode text, in the order a student works: conventions, forward pass,
 * loss, every cell from the output down, the update, the second forward pass. Each cell and each
 * updated parameter is preceded by its id, so an instructor can write an answers file for {@code check}.
 */
public final class TextSolution {

    private static final String INDENT = "  ";

    private TextSolution() {
    }

    public static String of(Solution s) {
        Exercise ex = s.exercise();
        StringBuilder sb = new StringBuilder();
        sb.append(ex.title()).append('\n').append(underline(ex.title())).append('\n');
        if (!ex.description().isEmpty()) sb.append(ex.description()).append('\n');

        section(sb, "Conventions");
        conventions(sb, ex);

        section(sb, "Forward pass");
        ForwardText.append(sb, ex, s.forward(), true, INDENT);
        if (!s.forward().warnings().isEmpty()) {
            section(sb, "Warnings");
            for (String w : s.forward().warnings()) sb.append(INDENT).append("! ").append(w).append('\n');
        }

        Sheet sheet = s.sheet();
        questions(sb, sheet, true);
        asked(sb, sheet, "Forward pass, asked (cell id, then the computation)", Stage.FORWARD, Stage.LOSS);

        section(sb, "Backward pass (cell id, then the chain rule)");
        cells(sb, s.backward().cells());

        section(sb, "Structure");
        structure(sb, s.structure());

        section(sb, "SGD step: W′ = W − η·∂L/∂W, b′ = b − η·∂L/∂b with η = " + Num.format(ex.learningRate()));
        update(sb, ex, s.update());

        section(sb, "Forward pass after the step");
        ForwardText.append(sb, ex, s.update().after(), false, INDENT);
        asked(sb, sheet, "Forward pass after the step, asked", Stage.NEW_FORWARD, Stage.NEW_LOSS);
        lossChange(sb, s);
        asked(sb, sheet, "Did the loss go down?", Stage.LOSS_DOWN, Stage.LOSS_DOWN);
        questions(sb, sheet, false);

        if (!ex.notes().isEmpty()) {
            section(sb, "Notes");
            for (String n : ex.notes()) sb.append(INDENT).append("- ").append(n).append('\n');
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, String heading) {
        sb.append('\n').append(heading).append('\n');
    }

    private static String underline(String title) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < title.codePointCount(0, title.length()); i++) sb.append('=');
        return sb.toString();
    }

    private static void conventions(StringBuilder sb, Exercise ex) {
        Conventions c = ex.conventions();
        sb.append(INDENT).append("weight layout: ").append(c.weightLayout().key())
                .append(c.weightLayout() == WeightLayout.NEURON_ROWS
                        ? " (row j of W holds the weights into neuron j)"
                        : " (row i of W holds the weights out of input i)").append('\n');
        sb.append(INDENT).append("indices start at ").append(c.indexBase()).append('\n');
        sb.append(INDENT).append("ReLU′(0) = ").append(Num.format(c.reluAtZero())).append('\n');
        if (uses(ex, Activation.LEAKY_RELU)) {
            sb.append(INDENT).append("leaky ReLU slope below 0: ").append(Num.format(c.leakySlope())).append('\n');
        }
        sb.append(INDENT).append("loss: L = ").append(ex.loss().formula()).append(" (").append(ex.loss().key()).append(")\n");
        sb.append(INDENT).append("learning rate: η = ").append(Num.format(ex.learningRate())).append('\n');
        sb.append(INDENT).append("frozen: ").append(c.frozen().isEmpty() ? "nothing" : String.join(", ", c.frozen())).append('\n');
    }

    private static boolean uses(Exercise ex, Activation act) {
        for (Layer l : ex.network().layers()) if (l.activation() == act) return true;
        return false;
    }

    private static void cells(StringBuilder sb, List<Cell> cells) {
        int width = 0;
        for (Cell c : cells) width = Math.max(width, c.id().length());
        int layer = Integer.MIN_VALUE;
        for (Cell c : cells) {
            // A blank line where the pass moves down a layer keeps long answer keys scannable.
            if (layer != Integer.MIN_VALUE && c.layer() != layer) sb.append('\n');
            layer = c.layer();
            sb.append(INDENT).append(pad(c.id(), width)).append("  ").append(ChainText.of(c));
            if (c.frozen()) sb.append("   (frozen: not updated)");
            sb.append('\n');
        }
    }

    /** The asked cells of one or two stages with their ids, when the exercise asks them. */
    private static void asked(StringBuilder sb, Sheet sheet, String heading, Stage first, Stage second) {
        List<Cell> cells = new ArrayList<>(sheet.asked(first));
        if (second != first) cells.addAll(sheet.asked(second));
        if (cells.isEmpty()) return;
        section(sb, heading);
        cells(sb, cells);
    }

    /** The questions that are not numbers: id, the question, its answer and why. */
    private static void questions(StringBuilder sb, Sheet sheet, boolean first) {
        boolean any = false;
        for (Question q : sheet.questions()) {
            if (q.first() != first) continue;
            if (!any) section(sb, "Questions (id, the question, the answer)");
            any = true;
            sb.append(INDENT).append(q.id()).append("  ").append(q.prompt().replace("\n", "\n" + INDENT + INDENT)).append('\n');
            if (q.kind() == QuestionKind.CHOICE) {
                for (Option o : q.options()) {
                    sb.append(INDENT).append(INDENT).append(o.right() ? "(right) " : "        ").append(o.key()).append(": ")
                            .append(o.text()).append('\n');
                }
            }
            sb.append(INDENT).append(INDENT).append("answer: ").append(q.kind() == QuestionKind.CHOICE
                    ? q.options().get(q.rightOption()).key() : q.answerText()).append('\n');
            if (!q.explanation().isEmpty()) sb.append(INDENT).append(INDENT).append(q.explanation()).append('\n');
        }
    }

    private static void structure(StringBuilder sb, Structure st) {
        sb.append(INDENT).append(st.functions()).append(" functions (every z, every a that is not the identity, and the loss), ")
                .append(st.weights()).append(st.weights() == 1 ? " weight, " : " weights, ")
                .append(st.biases()).append(st.biases() == 1 ? " bias" : " biases").append('\n');
    }

    private static void update(StringBuilder sb, Exercise ex, UpdateResult u) {
        Names names = new Names(ex.network(), ex.conventions());
        int width = 0;
        for (ParamChange c : u.changes()) width = Math.max(width, id(c).length());
        for (ParamChange c : u.changes()) {
            sb.append(INDENT).append(pad(id(c), width)).append("  ").append(UpdateText.of(c, u.learningRate(), names)).append('\n');
        }
    }

    /** The answer cell of an updated parameter; a frozen one has no cell and is named by the parameter. */
    private static String id(ParamChange c) {
        return c.frozen() ? c.param().id() : "new." + c.param().id();
    }

    private static void lossChange(StringBuilder sb, Solution s) {
        UpdateResult u = s.update();
        double change = u.lossChange();
        sb.append('\n');
        if (s.exercise().hasGivenValues()) {
            sb.append("The first forward pass used the given values (L = ").append(Num.format(s.forward().loss()))
                    .append("). The change is measured against the loss computed from the weights before the step, L = ")
                    .append(Num.format(u.lossBefore())).append(".\n");
        }
        sb.append("Loss: ").append(Num.format(u.lossBefore())).append(" → ").append(Num.format(u.lossAfter()))
                .append(", change ").append(signed(change)).append(": ")
                .append(change < 0 ? "the loss went down." : change > 0 ? "the loss went up." : "the loss did not change.")
                .append('\n');
    }

    private static String signed(double v) {
        String f = Num.format(v);
        return v > 0 ? "+" + f : f;
    }

    private static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) sb.append(' ');
        return sb.toString();
    }
}
