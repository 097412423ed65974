package backprop.backward;

import backprop.model.Loss;
import backprop.notation.Num;

/** One output's share of the loss as a function of that output, ½(y − ŷ)² with y fixed. */
public record LossTermFn(Loss loss, double y, int n) implements Fn {

    @Override
    public double of(double yhat) {
        return loss.term(yhat, y, n);
    }

    @Override
    public String written(String yhat) {
        return loss.termFormula(yhat, Num.paren(y), Integer.toString(n));
    }
}
