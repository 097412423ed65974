package backprop.symbolic;

import backprop.model.Conventions;

/** The value of an expression at one point: {@code point[q.slot()]} is the value of quantity q. */
final class Eval {

    private Eval() {
    }

    static double of(Expr e, double[] point, Conventions c) {
        if (e instanceof Expr.Const k) return k.value();
        if (e instanceof Expr.Ref r) return point[r.q().slot()];
        if (e instanceof Expr.Neg n) return -of(n.arg(), point, c);
        if (e instanceof Expr.Sum s) {
            double v = 0;
            for (int k = 0; k < s.terms().length; k++) {
                double t = of(s.terms()[k], point, c);
                v = s.minus()[k] ? v - t : v + t;
            }
            return v;
        }
        if (e instanceof Expr.Product p) {
            double v = 1;
            for (int k = 0; k < p.factors().length; k++) {
                double f = of(p.factors()[k], point, c);
                v = p.divide()[k] ? v / f : v * f;
            }
            return v;
        }
        if (e instanceof Expr.Pow p) return power(of(p.base(), point, c), of(p.exponent(), point, c));
        Expr.Call call = (Expr.Call) e;
        return call.fn().apply(of(call.arg(), point, c), c);
    }

    /** Small whole exponents by multiplication, so a² is a·a exactly on the JVM and in the browser. */
    private static double power(double b, double e) {
        if (e == Math.rint(e) && Math.abs(e) <= 16) {
            double r = 1;
            for (int k = 0; k < Math.abs(e); k++) r *= b;
            return e < 0 ? 1 / r : r;
        }
        return Math.pow(b, e);
    }
}
