package backprop.backward;

import backprop.notation.Num;

/** δ = ŷ·Σy − y of a softmax output under cross-entropy (ŷ − y for a one-hot target), as a function of ŷ. */
public record OutputDeltaFn(double ySum, double y) implements Fn {

    @Override
    public double of(double yhat) {
        return yhat * ySum - y;
    }

    @Override
    public String written(String yhat) {
        return (ySum == 1 ? yhat : Num.paren(ySum) + "·" + yhat) + " − " + Num.paren(y);
    }
}
