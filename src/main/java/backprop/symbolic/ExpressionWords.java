package backprop.symbolic;

import backprop.notation.Num;

/**
 * The words of an expression verdict, for the page and the command line alike: what it is, what is wrong with it,
 * and the cell's true expression with its value. Nothing here parses, so the page has it without the module.
 */
public final class ExpressionWords {

    private ExpressionWords() {
    }

    /** "Right.", "Right number, wrong expression. …", "Not quite. …", or the reason it could not be read. */
    public static String verdict(SymbolicVerdict v) {
        String m = v.message() == null ? "" : " " + v.message();
        SymbolicKind k = v.kind();
        if (k == SymbolicKind.CORRECT) return "Right." + m;
        if (k == SymbolicKind.RIGHT_NUMBER) return "Right number, wrong expression." + m;
        if (k == SymbolicKind.WRONG) return "Not quite." + m;
        if (k == SymbolicKind.UNREADABLE) return v.message() == null ? "The expression could not be read." : v.message();
        return "";
    }

    /** "∂L/∂z⁽²⁾ = ∂L/∂ŷ · ReLU′(z⁽²⁾) = −1 (type it as dL/dyhat * relu'(z2))". */
    public static String truth(String label, SymbolicVerdict v) {
        return label + " = " + v.trueExpression() + " = " + Num.format(v.value()) + " (typed: " + v.trueAscii() + ")";
    }

    /** "Read as ∂L/∂a⁽²⁾ · z⁽²⁾", or null when there is nothing to say (unread, or right). */
    public static String readAs(SymbolicVerdict v) {
        return v.readAs() == null || v.kind() == SymbolicKind.CORRECT ? null : "Read as " + v.readAs();
    }
}
