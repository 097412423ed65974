package backprop.symbolic;

import backprop.notation.Sym;

/**
 * An expression in the quantities of one exercise. Sums and products are n-ary (a chain of 300 terms is one
 * node, not 300 nested ones), so the depth of a tree is bounded by the parser's bracket limit and every
 * recursive walk stays shallow, in the browser too.
 */
public sealed interface Expr {

    /** A number as typed ({@code text}, at 1-based {@code position}; 0 when it comes from the solver). */
    record Const(double value, String text, int position) implements Expr {
    }

    /** A quantity; {@code shown} is how it was written (δ⁽²⁾ or ∂L/∂z⁽²⁾ for the same cell). */
    record Ref(Quantity q, Sym shown) implements Expr {
    }

    record Neg(Expr arg) implements Expr {
    }

    /** terms[0] ± terms[1] ± …; {@code minus[k]} subtracts term k. */
    record Sum(Expr[] terms, boolean[] minus) implements Expr {
    }

    /** factors[0] · or / factors[1] …; {@code divide[k]} divides by factor k. */
    record Product(Expr[] factors, boolean[] divide) implements Expr {
    }

    record Pow(Expr base, Expr exponent) implements Expr {
    }

    record Call(Fn fn, Expr arg) implements Expr {
    }
}
