package backprop.check;

import java.util.Map;

/**
 * The values one mistake produces, cell id → value, and the hint that names it. A {@code local} mistake can be
 * made at any cell on its own (a sign lost in one product), so the student's earlier answers neither support nor
 * contradict it; {@code afterRightOutput}, when set, is the hint to give instead once the student's ∂L/∂ŷ is right,
 * so that it does not send them to check a quantity they have right.
 */
record Alternative(Hint hint, Map<String, Double> values, boolean local, Hint afterRightOutput) {

    Alternative(Hint hint, Map<String, Double> values) {
        this(hint, values, false, null);
    }
}
