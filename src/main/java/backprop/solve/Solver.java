package backprop.solve;

import backprop.backward.BackwardPass;
import backprop.backward.BackwardResult;
import backprop.forward.ForwardPass;
import backprop.forward.ForwardResult;
import backprop.model.Exercise;
import backprop.update.SgdStep;
import backprop.update.UpdateResult;

/** exercise → forward → backward → update. Throws {@link backprop.model.NumericException} on overflow. */
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
        return new Solution(ex, forward, backward, update, Structure.of(ex.network()));
    }
}
