package backprop.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.model.Tolerance;
import backprop.model.Tolerance.Mode;
import org.junit.jupiter.api.Test;

/** The tolerance modes, the always-accept rule for answers typed to 3+ figures, and a true 0. */
class AcceptanceTest {

    /** σ(−0.4) = 1/(1 + e^0.4), worksheet 001's ŷ. */
    private static final double S = 1 / (1 + Math.exp(0.4));
    private static final Tolerance STRICT = new Tolerance(Mode.RELATIVE, 0, 0, 3);

    private static boolean ok(String typed, double t, Tolerance tol) {
        try {
            return Acceptance.accepts(AnswerParser.parse(typed), t, tol);
        } catch (AnswerException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    @Test
    void defaultToleranceIsOnePercentRelative() {
        Tolerance d = Tolerance.DEFAULT;
        assertTrue(ok("0.401", S, d));
        assertTrue(ok("0.40", S, d), "0.40 is 0.33 % from 0.401312");
        assertTrue(ok("-0.2", -S / 2, d), "−0.2 is 0.33 % from −0.200656");
    }

    @Test
    void defaultToleranceEdges() {
        Tolerance d = Tolerance.DEFAULT;
        // 1 % of 0.401312 is 0.00401312: 0.3973 is 0.004012 away (inside), 0.3972 is 0.004112 away (outside)
        assertTrue(ok("0.3973", S, d));
        assertFalse(ok("0.3972", S, d));
        assertFalse(ok("0.4", 0.5, d));
        // ∂L/∂ŷ = 1/(1 − σ(−0.4)) = 1.670320… (= 1 + e^−0.4): 1.7 at two figures is 1.8 % off
        assertFalse(ok("1.7", 1 / (1 - S), d));
        assertTrue(ok("1.67", 1 / (1 - S), d));
    }

    @Test
    void anAnswerTypedToThreeOrMoreFiguresIsAcceptedInEveryMode() {
        Tolerance[] modes = {STRICT, new Tolerance(Mode.SIGNIFICANT_FIGURES, 0, 0, 6),
            new Tolerance(Mode.DECIMAL_PLACES, 0, 0, 8)};
        for (Tolerance tol : modes) {
            // S = 0.4013123398…: each of these is S rounded to the digits typed
            assertTrue(ok("0.401", S, tol), tol.toString());
            assertTrue(ok("0.4013", S, tol), tol.toString());
            assertTrue(ok("0.40131", S, tol), tol.toString());
            assertTrue(ok("4.013e-1", S, tol), tol.toString());
            assertTrue(ok("0,4013", S, tol), tol.toString());
            // off by one in the last digit typed, or only two figures: not accepted by these strict modes
            assertFalse(ok("0.402", S, tol), tol.toString());
            assertFalse(ok("0.4012", S, tol), tol.toString());
            assertFalse(ok("0.40", S, tol), tol.toString());
            // −0.200656… = −S/2 rounded to 3, 4, 5 figures
            assertTrue(ok("-0.201", -S / 2, tol), tol.toString());
            assertTrue(ok("−0.2007", -S / 2, tol), tol.toString());
            assertTrue(ok("-0.20066", -S / 2, tol), tol.toString());
            assertFalse(ok("0.201", -S / 2, tol), tol.toString());
        }
    }

    @Test
    void exactValuesSurviveBinaryRounding() {
        // −0.3 − 0.1·(−0.9) is −0.21 on paper and −0.21000000000000002 in doubles
        double t = -0.3 - 0.1 * -0.9;
        assertTrue(ok("-0.21", t, STRICT));
        assertTrue(ok("-0.210", t, STRICT));
        assertTrue(ok("-0.21", t, new Tolerance(Mode.DECIMAL_PLACES, 0, 0, 2)));
        assertTrue(ok("-0.21", t, new Tolerance(Mode.SIGNIFICANT_FIGURES, 0, 0, 2)));
        assertTrue(ok("0.3", 0.1 + 0.2, STRICT));
        // cancellation: b′ = 0.05 − 0.1·0.44 = 0.006, in doubles 0.005999999999999978, and 0.006 has one figure
        double b = 0.05 - 0.1 * 0.44;
        assertTrue(b != 0.006);
        assertTrue(ok("0.006", b, STRICT));
        assertTrue(ok("0.006", b, new Tolerance(Mode.DECIMAL_PLACES, 0, 0, 9)));
        assertTrue(ok("0.006", b, new Tolerance(Mode.SIGNIFICANT_FIGURES, 0, 0, 12)));
    }

    @Test
    void aTrueZeroAcceptsZeroHoweverWritten() {
        for (Tolerance tol : new Tolerance[] {Tolerance.DEFAULT, STRICT, new Tolerance(Mode.SIGNIFICANT_FIGURES, 0, 0, 3),
            new Tolerance(Mode.DECIMAL_PLACES, 0, 0, 3)}) {
            for (String z : new String[] {"0", "-0", "−0", "0.000", "0,0", "+0", "0e5", "(0.401 - 0.401) * 3"}) {
                assertTrue(ok(z, 0.0, tol), z + " " + tol);
                assertTrue(ok(z, -0.0, tol), z + " " + tol);
            }
            assertFalse(ok("0.1", 0.0, tol), tol.toString());
        }
        // the default's absolute part: 1e-6
        assertTrue(ok("0.0000005", 0.0, Tolerance.DEFAULT));
        assertFalse(ok("0.00001", 0.0, Tolerance.DEFAULT));
    }

    @Test
    void significantFiguresMode() {
        Tolerance three = new Tolerance(Mode.SIGNIFICANT_FIGURES, 0, 0, 3);
        // 1.670320… (= 1 + e^−0.4) to 3 figures is 1.67; 1.6704 rounds there too; 1.66 and 1.7 do not
        double t = 1 / (1 - S);
        assertTrue(ok("1.67", t, three));
        assertTrue(ok("1.6704", t, three));
        assertTrue(ok("(1.67)", t, three));
        assertFalse(ok("1.66", t, three));
        assertFalse(ok("1.7", t, three));
        assertFalse(ok("1.68", t, three));
        Tolerance two = new Tolerance(Mode.SIGNIFICANT_FIGURES, 0, 0, 2);
        assertTrue(ok("1.7", t, two));
        assertFalse(ok("1.6", t, two));
        // 1234.5 to 2 figures is 1200
        assertTrue(ok("1200", 1234.5, two));
        assertFalse(ok("1300", 1234.5, two));
    }

    @Test
    void decimalPlacesMode() {
        Tolerance two = new Tolerance(Mode.DECIMAL_PLACES, 0, 0, 2);
        // −0.200656… to 2 places is −0.20
        assertTrue(ok("-0.20", -S / 2, two));
        assertTrue(ok("-0.2", -S / 2, two));
        assertFalse(ok("-0.21", -S / 2, two));
        assertTrue(ok("-1.1", -1.1, two));
        assertFalse(ok("-1.12", -1.1, two));
    }

    @Test
    void nonFiniteNeverMatches() {
        assertFalse(Acceptance.within(Double.NaN, 1, Tolerance.DEFAULT));
        assertFalse(Acceptance.within(1, Double.POSITIVE_INFINITY, Tolerance.DEFAULT));
    }
}
