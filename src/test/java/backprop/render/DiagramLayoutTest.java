package backprop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.exercise.Presets;
import backprop.solve.Solution;
import backprop.solve.Solver;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What the diagram of worksheet 004 (2-3-1, indices from 0) names and lights, worked out from the network by hand. */
class DiagramLayoutTest {

    private final Solution sol = Solver.solve(Presets.byId("004-relu-231").exercise());
    private final DiagramLayout layout = DiagramLayout.of(sol);

    private Set<String> path(String cell) {
        return new TreeSet<>(layout.path(sol.sheet().cell(cell)));
    }

    @Test
    void nodesAndEdgesAreNamedByTheirUnits() {
        List<String> nodes = new ArrayList<>();
        for (DiagramLayout.Node n : layout.nodes()) nodes.add(n.id() + (n.zId() == null ? "" : "|" + n.zId()));
        assertEquals(List.of("x.0", "x.1", "a1.0|z1.0", "a1.1|z1.1", "a1.2|z1.2", "yhat.0|z2.0", "L"), nodes);
        // Six weights into layer 1 (two inputs, three units), three into the output.
        assertEquals(9, layout.edges().size());
        DiagramLayout.Edge w = layout.edges().get(7);
        assertEquals("W2.0.1 a1.1 yhat.0 z2.0/a1.1", w.param() + " " + w.from() + " " + w.to() + " " + w.local());
        assertEquals("W⁽²⁾₀₁ = 0.9", w.label());
    }

    @Test
    void aWeightLightsItsInputAndEverythingDownToTheLoss() {
        // ∂L/∂W⁽²⁾₀₁ = δ⁽²⁾·a⁽¹⁾₁: the weight, the unit it reads, the output, its line into L, and L.
        assertEquals(new TreeSet<>(List.of("W2.0.1", "a1.1", "yhat.0", "L<-yhat.0", "L")), path("W2.0.1"));
        // W⁽¹⁾₂₀ feeds unit a⁽¹⁾₂, whose gradient comes back from the output through W⁽²⁾₀₂.
        assertEquals(new TreeSet<>(List.of("W1.2.0", "x.0", "a1.2", "W2.0.2", "yhat.0", "L<-yhat.0", "L")), path("W1.2.0"));
        // ∂L/∂z⁽¹⁾₀ has no parameter: its unit and the way down to the loss.
        assertEquals(new TreeSet<>(List.of("a1.0", "W2.0.0", "yhat.0", "L<-yhat.0", "L")), path("z1.0"));
        assertEquals(new TreeSet<>(List.of("b1.1", "a1.1", "W2.0.1", "yhat.0", "L<-yhat.0", "L")), path("b1.1"));
    }
}
