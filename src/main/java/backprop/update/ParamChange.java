package backprop.update;

import backprop.model.ParamRef;

/** One parameter through the SGD step: new = old − η·gradient, or unchanged when frozen. */
public record ParamChange(ParamRef param, double before, double gradient, double after, boolean frozen) {
}
