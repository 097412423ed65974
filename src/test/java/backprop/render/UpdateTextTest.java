package backprop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.model.Conventions;
import backprop.model.Layer;
import backprop.model.Network;
import backprop.model.ParamRef;
import backprop.model.Activation;
import backprop.model.WeightLayout;
import backprop.notation.Names;
import backprop.update.ParamChange;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateTextTest {

    // A 2-3-1 net is enough to give W⁽²⁾ two indices and b⁽¹⁾ one.
    private static final Network NET = new Network(2, List.of(
            new Layer(3, Activation.RELU, new double[3][2], new double[3], List.of(), null, null),
            new Layer(1, Activation.RELU, new double[1][3], new double[1], List.of(), null, null)));

    @Test
    void theRuleWithTheNumbersSubstituted() {
        Names names = new Names(NET, new Conventions(0, 0.01, WeightLayout.NEURON_ROWS, 0, List.of()));
        // 0.9 − 0.1·(−1.1) = 1.01
        ParamChange c = new ParamChange(ParamRef.weight(2, 1, 0, 1, WeightLayout.NEURON_ROWS), 0.9, -1.1, 1.01, false);
        assertEquals("W⁽²⁾₀₁′ = W⁽²⁾₀₁ − η·∂L/∂W⁽²⁾₀₁ = 0.9 − 0.1·(−1.1) = 1.01", UpdateText.of(c, 0.1, names));
    }

    @Test
    void aFrozenParameterStays() {
        Names names = new Names(NET, Conventions.DEFAULT);
        ParamChange c = new ParamChange(ParamRef.bias(1, 2), -0.1, 0.3, -0.1, true);
        assertEquals("b⁽¹⁾₃ is frozen: it stays −0.1", UpdateText.of(c, 0.1, names));
    }
}
