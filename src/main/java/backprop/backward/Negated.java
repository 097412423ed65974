package backprop.backward;

/** −v: the subtracted side of a difference (L′ − L). */
public final class Negated implements Fn {

    public static final Negated FN = new Negated();

    private Negated() {
    }

    @Override
    public double of(double v) {
        return -v;
    }

    @Override
    public String written(String v) {
        return "−" + v;
    }
}
