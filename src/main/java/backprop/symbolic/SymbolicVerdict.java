package backprop.symbolic;

/**
 * The verdict on one typed expression.
 *
 * @param kind           correct, right number but wrong expression, wrong, unreadable, empty
 * @param message        a sentence for the student (null for a plain correct answer)
 * @param hintKey        the mistake it matches ("sign", "relu-as-z", "term-missing", "skip-path-left-out",
 *                       "term-twice", "term-extra", "constant-for-symbol", "wrong-symbol", "transposed",
 *                       "circular", "sigmoid-as-sigma", "sigmoid-from-z", "activation-derivative-left-out",
 *                       "loss-half", "not-an-expression"; "kink-side" on a correct answer that holds only on
 *                       this side of a ReLU kink; "expanded" on a correct answer that writes out earlier
 *                       cells), or null
 * @param trueExpression the cell's chain-rule expression as the page writes it: δ⁽²⁾ · w⁽²⁾ + δ⁽³⁾ · w⁽³←¹⁾
 * @param trueAscii      the same in ASCII spellings: delta2 * w1 + delta3 * w3
 * @param value          the cell's value at the exercise's numbers
 * @param typedValue     the typed expression's value there (NaN when unreadable or empty)
 * @param readAs         the typed expression as it was read, in the page's notation (null when unreadable)
 * @param position       for unreadable input, the 1-based character of the problem (0: the whole text)
 */
public record SymbolicVerdict(SymbolicKind kind, String message, String hintKey, String trueExpression,
                              String trueAscii, double value, double typedValue, String readAs, int position) {
}
