package backprop.notation;

/**
 * A piece of notation, kept as structure so the command line can print it as Unicode text and the
 * page can render it as MathML from the same description.
 */
public sealed interface Sym {

    /** A named quantity: base letter, a superscript such as the layer ("2", "3←1"), subscript indices. */
    record Var(String base, String sup, int[] sub) implements Sym {
    }

    /** ∂num/∂den. */
    record Deriv(Sym num, Sym den) implements Sym {
    }

    /** fn(arg) or fn′(arg). */
    record Apply(String fn, boolean prime, Sym arg) implements Sym {
    }

    /** A formula written out, such as ŷ − y. */
    record Text(String text) implements Sym {
    }
}
