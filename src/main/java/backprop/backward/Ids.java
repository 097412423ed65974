package backprop.backward;

/**
 * Machine ids of quantities, 0-based whatever the display index base: x.0, a1.2, yhat.0, z2.0 for the
 * gradients, fwd.z2.0 and new.fwd.z2.0 for the forward values of the two passes, loss and new.loss.
 */
public final class Ids {

    private Ids() {
    }

    public static String a(int l, int depth, int j) {
        if (l == 0) return "x." + j;
        if (l == depth) return "yhat." + j;
        return "a" + l + "." + j;
    }

    public static String z(int l, int j) {
        return "z" + l + "." + j;
    }

    /** A value of the forward pass: fwd.z1.0, fwd.a1.0, fwd.yhat.0; {@code pass} is "" or "new." for the pass after the step. */
    public static String forward(String pass, String quantity) {
        return pass + "fwd." + quantity;
    }

    public static String fwdZ(int l, int j) {
        return forward("", z(l, j));
    }

    public static String fwdA(int l, int depth, int j) {
        return forward("", a(l, depth, j));
    }

    /** The loss of a pass: loss, new.loss. */
    public static String loss(String pass) {
        return pass + "loss";
    }

    public static final String LOSS_CHANGE = "loss-change";
    public static final String LOSS_DOWN = "loss-down";

    public static String local(String num, String den) {
        return num + "/" + den;
    }
}
