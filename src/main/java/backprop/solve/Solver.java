package backprop.solve;

import backprop.backward.BackwardPass;
import backprop.backward.BackwardResult;
import backprop.backward.Cell;
import backprop.forward.ForwardPass;
import backprop.forward.ForwardResult;
import backprop.model.Exercise;
import backprop.question.Question;
import backprop.sheet.ForwardCells;
import backprop.sheet.LossDownCells;
import backprop.sheet.Sheet;
import backprop.update.SgdStep;
import backprop.update.UpdateCells;
import backprop.update.UpdateResult;
import java.util.ArrayList;
import java.util.List;

/** exercise → forward → backward → update → forward again. Throws {@link backprop.model.NumericException} on overflow. */
public final class Solver {

    private Solver() {
    }

    public static Solution solve(Exercise ex) {
        ForwardResult forward = ForwardPass.run(ex.network(), ex.input(), ex.target(), ex.loss(), ex.conventions(), true);
        BackwardResult backward = BackwardPass.run(ex, forward);
        // With given forward values the weights tell a different story; the step is judged against them.
        ForwardResult fromWeights = ex.hasGivenValues()
                ? ForwardPass.run(ex.network(), ex.input(), ex.target(), ex.loss(), ex.conventions(), false)
                : forward;
        UpdateResult update = SgdStep.run(ex, backward.gradients(), fromWeights);
        Structure structure = Structure.of(ex.network());
        List<Cell> cells = new ArrayList<>(ForwardCells.first(ex, forward));
        cells.addAll(backward.cells());
        cells.addAll(UpdateCells.of(ex, update));
        cells.addAll(ForwardCells.after(ex, update.updated(), update.after()));
        cells.addAll(LossDownCells.of(ex, update));
        List<Question> questions = new ArrayList<>();
        for (Question q : ex.questions()) questions.add(q.resolved(structure));
        return new Solution(ex, forward, backward, update, structure, new Sheet(ex.stages(), cells, questions));
    }
}
