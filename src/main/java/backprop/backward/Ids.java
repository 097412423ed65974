package backprop.backward;

/** Machine ids of quantities, 0-based whatever the display index base: x.0, a1.2, yhat.0, z2.0. */
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

    public static String local(String num, String den) {
        return num + "/" + den;
    }
}
