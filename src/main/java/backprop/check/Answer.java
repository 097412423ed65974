package backprop.check;

/**
 * A typed answer read as a number. For a plain number ("-0.80", "1.5e-3") {@code significantFigures} and
 * {@code decimals} say how precisely it was typed: the last digit typed is worth 10^−decimals (decimals may be
 * negative, "15e3" has −3). A fraction or an expression has {@code plainNumber} false and no meaningful precision.
 */
public record Answer(double value, int significantFigures, int decimals, boolean plainNumber) {
}
