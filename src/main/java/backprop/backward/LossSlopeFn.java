package backprop.backward;

import backprop.model.Loss;
import backprop.notation.Num;

/** ∂L/∂ŷ as a function of ŷ, y fixed: ŷ − y for ½(y − ŷ)². */
public record LossSlopeFn(Loss loss, double y, int n) implements Fn {

    @Override
    public double of(double yhat) {
        return loss.derivative(yhat, y, n);
    }

    @Override
    public String written(String yhat) {
        return loss.derivativeFormula(yhat, Num.paren(y), Integer.toString(n));
    }
}
