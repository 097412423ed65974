package backprop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.backward.Cell;
import backprop.exercise.Presets;
import backprop.notation.Sym;
import backprop.solve.Solution;
import backprop.solve.Solver;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The MathML markup of labels and worked products, written out by hand from MathML's elements. */
class MathMarkupTest {

    private static final Solution WS004 = Solver.solve(Presets.byId("004-relu-231").exercise());
    private static final String BRA = "<mo stretchy=\"false\">(</mo>";
    private static final String KET = "<mo stretchy=\"false\">)</mo>";
    /** ∂L/∂W⁽²⁾₀₁: two indices apart (an invisible separator), the layer raised in brackets that do not stretch. */
    private static final String DL_DW201 = "<mfrac><mrow><mo>∂</mo><mi>L</mi></mrow><mrow><mo>∂</mo><msubsup><mi>W</mi>"
            + "<mrow><mn>0</mn><mo>\u2063</mo><mn>1</mn></mrow><mrow>" + BRA + "<mn>2</mn>" + KET + "</mrow></msubsup></mrow></mfrac>";

    @Test
    void aLabelIsInlineMath() {
        assertEquals("<math>" + DL_DW201 + "</math>", MathMarkup.inline(WS004.backward().cell("W2.0.1").label()));
        assertEquals("<math><mi>x</mi></math>", MathMarkup.inline(new Sym.Var("x", "", new int[0])));
        assertEquals("<math><msub><mi>b</mi><mrow><mn>2</mn></mrow></msub></math>", MathMarkup.inline(new Sym.Var("b", "", new int[] {2})));
        assertEquals("<math><mrow><mi>σ</mi><mo>′</mo>" + BRA + "<mi>z</mi>" + KET + "</mrow></math>",
                MathMarkup.inline(new Sym.Apply("σ", true, new Sym.Var("z", "", new int[0]))));
    }

    @Test
    void nothingInANameOpensATag() {
        assertEquals("<math><msup><mi>&lt;img src=x onerror=alert(1)&gt;</mi><mrow>" + BRA + "<mn>&amp;lt;</mn>" + KET
                + "</mrow></msup></math>", MathMarkup.inline(new Sym.Var("<img src=x onerror=alert(1)>", "&lt;", new int[0])));
        assertEquals("<math><mtext>a &lt; b</mtext></math>", MathMarkup.inline(new Sym.Text("a < b")));
    }

    @Test
    void theWorkedProductOfWorksheet004sW201() {
        // Worksheet 004: δ⁽²⁾ = −1 and a⁽¹⁾₁ = 1.1, so ∂L/∂W⁽²⁾₀₁ = δ⁽²⁾ · a⁽¹⁾₁ = (−1)(1.1) = −1.1.
        Cell c = WS004.backward().cell("W2.0.1");
        String symbolic = "<msup><mi>δ</mi><mrow>" + BRA + "<mn>2</mn>" + KET + "</mrow></msup><mo>·</mo>"
                + "<msubsup><mi>a</mi><mrow><mn>1</mn></mrow><mrow>" + BRA + "<mn>1</mn>" + KET + "</mrow></msubsup>";
        assertEquals("<math display=\"block\"><mrow>" + DL_DW201 + "<mo>=</mo>" + symbolic + "<mo>=</mo>"
                + BRA + "<mn>−1</mn>" + KET + BRA + "<mn>1.1</mn>" + KET + "<mo>=</mo><mn>−1.1</mn></mrow></math>",
                MathMarkup.chain(c, ChainText.symbolic(c.terms()), ChainText.numeric(c.terms())));
    }

    @Test
    void theCarriedProductShowsWhatTheStudentTypedAsText() {
        // The student's δ⁽²⁾ of −0.9 (typed with a hyphen) carries to (−0.9)(1.1) = −0.99. What they typed is shown as
        // typed, and nothing they type can open a tag.
        Cell c = WS004.backward().cell("W2.0.1");
        String delta = c.terms().get(0).factors().get(0).cellId();
        assertEquals("<math display=\"block\"><mrow>" + DL_DW201 + "<mo>=</mo>" + BRA + "<mn class=\"own\">-0.9</mn>" + KET
                + BRA + "<mn>1.1</mn>" + KET + "<mo>=</mo><mn>−0.99</mn></mrow></math>",
                MathMarkup.carried(c, Map.of(delta, " -0.9 "), -0.99));
        assertEquals("<math display=\"block\"><mrow>" + DL_DW201 + "<mo>=</mo>" + BRA + "<mn class=\"own\">&lt;b&gt;</mn>" + KET
                + BRA + "<mn>1.1</mn>" + KET + "<mo>=</mo><mn>−0.99</mn></mrow></math>",
                MathMarkup.carried(c, Map.of(delta, "<b>"), -0.99));
    }
}
