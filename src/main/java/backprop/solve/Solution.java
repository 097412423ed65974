package backprop.solve;

import backprop.backward.BackwardResult;
import backprop.forward.ForwardResult;
import backprop.model.Exercise;
import backprop.sheet.Sheet;
import backprop.update.UpdateResult;

/**
 * Everything the solver knows about one exercise, from the forward pass to the loss after the update;
 * {@code sheet} holds it all as cells in worksheet order, with what the exercise asks.
 */
public record Solution(Exercise exercise, ForwardResult forward, BackwardResult backward, UpdateResult update,
                       Structure structure, Sheet sheet) {
}
