package backprop.check;

import java.util.Map;

/** The values one mistake produces, cell id → value, and the hint that names it. */
record Alternative(Hint hint, Map<String, Double> values) {
}
