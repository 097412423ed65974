package backprop.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.exercise.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolsTextTest {

    @Test
    void worksheet004NeuronRowsFromZero() {
        List<String> lines = SymbolsText.of(Presets.byId("004-relu-231").exercise());
        // One output unit: no subscript on δ⁽²⁾.
        assertTrue(lines.get(0).startsWith("δ⁽ˡ⁾ = ∂L/∂z⁽ˡ⁾"), lines.get(0));
        assertTrue(lines.get(0).endsWith("δ⁽²⁾ = ∂L/∂z⁽²⁾."), lines.get(0));
        assertTrue(lines.get(1).contains("ŷ = a⁽²⁾"), lines.get(1));
        assertTrue(lines.get(2).contains("W⁽²⁾₀₁ goes from unit 1 of layer 1 to unit 0 of layer 2"), lines.get(2));
        assertTrue(lines.get(2).endsWith("indices start at 0."), lines.get(2));
        assertEquals("η = 0.1, the learning rate: each parameter p becomes p′ = p − η·∂L/∂p.", lines.get(3));
    }

    @Test
    void worksheet001InputRowsFromOne() {
        List<String> lines = SymbolsText.of(Presets.byId("001-sigmoid-bce").exercise());
        // Inputs × outputs: W⁽²⁾₂₁ is the sheet's w₆, hidden unit 2 to the output.
        assertTrue(lines.get(2).contains("one row per input"), lines.get(2));
        assertTrue(lines.get(2).contains("W⁽²⁾₂₁ goes from unit 2 of layer 1 to unit 1 of layer 2"), lines.get(2));
        assertTrue(lines.get(3).startsWith("η = 0.01"), lines.get(3));
    }
}
