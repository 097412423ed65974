package backprop.backward;

/** 1 (yes) when the loss change is negative, 0 (no) otherwise. */
public final class WentDownFn implements Fn {

    public static final WentDownFn FN = new WentDownFn();

    private WentDownFn() {
    }

    @Override
    public double of(double change) {
        return change < 0 ? 1 : 0;
    }

    @Override
    public String written(String change) {
        return change + " < 0";
    }
}
