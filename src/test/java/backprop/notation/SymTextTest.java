package backprop.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each expected text written by hand from the notation: superscript layer, subscript indices, nesting. */
class SymTextTest {

    private static Sym.Var v(String base, String sup, int... sub) {
        return new Sym.Var(base, sup, sub);
    }

    @Test
    void variables() {
        assertEquals("W⁽²⁾₀₁", SymText.of(v("W", "2", 0, 1)));
        assertEquals("x₃", SymText.of(v("x", "", 3)));
        assertEquals("L", SymText.of(v("L", "")));
        assertEquals("w", SymText.of(v("w", "")));
        // A skip weight's superscript keeps its arrow; an index of 10 or more needs the comma.
        assertEquals("W⁽³←¹⁾₁₀,₂", SymText.of(v("W", "3←1", 10, 2)));
        assertEquals("b⁽¹²⁾₃₁", SymText.of(v("b", "12", 31)));
        assertEquals("a⁽¹⁾₉,₂₃", SymText.of(v("a", "1", 9, 23)));
        assertEquals("z′⁽²⁾₁", SymText.of(v("z′", "2", 1)));
    }

    @Test
    void nested() {
        Sym z = v("z", "1", 3);
        assertEquals("∂L/∂z⁽¹⁾₃", SymText.of(new Sym.Deriv(v("L", ""), z)));
        assertEquals("ReLU′(z⁽¹⁾₃)", SymText.of(new Sym.Apply("ReLU", true, z)));
        assertEquals("σ(z⁽¹⁾₃)", SymText.of(new Sym.Apply("σ", false, z)));
        assertEquals("∂a⁽¹⁾₃/∂z⁽¹⁾₃", SymText.of(new Sym.Deriv(v("a", "1", 3), z)));
        assertEquals("∂L/∂ŷ − y", SymText.of(new Sym.Deriv(v("L", ""), new Sym.Text("ŷ − y"))));
        assertEquals("ŷ − y", SymText.of(new Sym.Text("ŷ − y")));
    }

    @Test
    void scripts() {
        assertEquals("⁽³←¹⁾", "⁽" + SymText.superscript("3←1") + "⁾");
        assertEquals("₁₀", SymText.subscript("10"));
    }
}
