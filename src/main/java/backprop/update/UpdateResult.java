package backprop.update;

import backprop.forward.ForwardResult;
import backprop.model.Network;
import java.util.List;

/**
 * The SGD step and the forward pass that follows it. {@code lossBefore} is the loss of the same
 * network computed from its weights: for an exercise with given forward values it differs from the
 * loss shown for the first pass, and comparing with it is the only honest comparison.
 */
public record UpdateResult(double learningRate, List<ParamChange> changes, Network updated, ForwardResult after,
                           double lossBefore) {

    public UpdateResult {
        changes = List.copyOf(changes);
    }

    public double lossAfter() {
        return after.loss();
    }

    public double lossChange() {
        return after.loss() - lossBefore;
    }
}
