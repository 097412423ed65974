package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How the worked products' MathML is laid out, compared across engines by measuring it. Brackets around a number are
 * written stretchy="false": by MathML's operator dictionary they would grow to the fraction beside them (Firefox 153
 * and WebKitGTK 2.50 did, Chromium 156 did not).
 */
@Tag("cross-engine")
class MathLayoutIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    /**
     * In ∂L/∂W⁽²⁾₀₁ = δ⁽²⁾ · a⁽¹⁾₁ = (−1)(1.1) = −1.1 the brackets around −1 and 1.1 belong to those numbers, so
     * they should be no taller than a bracket written with no fraction beside it (1.6 times the number's height
     * leaves room for any font).
     */
    @Test
    void bracketsAroundANumberAreNotStretchedToTheFraction() {
        TutorPage page = new TutorPage(browser).open();
        // The product writes a⁽¹⁾₁ out, so 004's forward cell comes first.
        page.answer("fwd.a1.1", "1.1");
        page.answer("yhat.0", "-1");
        page.answer("z2.0", "-1");
        page.answer("W2.0.1", "1.1");
        String ratio = "var mos = arguments[0].querySelectorAll('math mo'), worst = 0;"
                + "for (var i = 0; i < mos.length; i++) {"
                + "  var mo = mos[i], next = mo.nextElementSibling;"
                + "  if (mo.textContent !== '(' || !next || next.localName !== 'mn') continue;"
                + "  worst = Math.max(worst, mo.getBoundingClientRect().height / next.getBoundingClientRect().height);"
                + "}"
                + "return worst;";
        double worst = ((Number) page.script(ratio, page.explanation("W2.0.1"))).doubleValue();
        assertTrue(worst > 0, "found a bracketed number in the worked product");
        assertTrue(worst < 1.6, browser.engine().key() + ": a bracket is " + worst + " times as tall as its number");
    }
}
