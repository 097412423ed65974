package backprop.backward;

import backprop.model.Activation;
import backprop.model.Conventions;

/** a = f(z) for an elementwise activation other than the identity. */
public record ActivationFn(Activation act, Conventions conv) implements Fn {

    @Override
    public double of(double z) {
        return act.value(z, conv);
    }

    @Override
    public String written(String z) {
        return act.symbol() + (z.startsWith("(") && z.endsWith(")") ? z : "(" + z + ")");
    }
}
