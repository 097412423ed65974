package backprop.check;

import backprop.backward.Cell;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Network;
import backprop.model.ParamRef;
import backprop.notation.Names;
import backprop.notation.SymText;
import backprop.solve.Solution;
import backprop.solve.Solver;
import backprop.sheet.Sheet;
import backprop.stage.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers that follow from forgetting a bias in the forward pass (worksheet 004 drops b⁽¹⁾₂): the exercise
 * solved again with one bias, one layer's biases, or all of them set to 0. The update keeps the true old
 * values, since the student still updates the parameters as given.
 */
final class BiasDropped {

    /**
     * Each alternative solves the exercise again. Past these many cells times solves, only the layer-wide and
     * the all-biases mistakes are tried: one bias of a wide net is no worksheet slip, and solving it once per
     * bias would freeze the page at the first wrong answer.
     */
    private static final int PER_BIAS_WORK = 5_000;

    private BiasDropped() {
    }

    static List<Alternative> alternatives(Solution sol, List<Cell> updates) {
        Exercise ex = sol.exercise();
        Network net = ex.network();
        Names names = new Names(net, ex.conventions());
        List<Alternative> out = new ArrayList<>();
        int layersWithBias = 0;
        int biases = 0;
        for (int l = 1; l <= net.depth(); l++) if (net.layer(l).bias() != null) biases += net.layer(l).size();
        boolean perBias = (long) biases * sol.backward().cells().size() <= PER_BIAS_WORK;
        for (int l = 1; l <= net.depth(); l++) {
            double[] b = net.layer(l).bias();
            if (b == null) continue;
            int nonZero = 0;
            for (int j = 0; j < b.length; j++) {
                if (b[j] == 0) continue;
                nonZero++;
                if (!perBias) continue;
                String name = SymText.of(names.param(ParamRef.bias(l, j)));
                add(out, ex, sol.sheet(), zeroed(net, l, j), "This follows from leaving out the bias " + name
                        + " in the forward pass: z = Wa + b includes every bias.");
            }
            if (nonZero > 1) {
                add(out, ex, sol.sheet(), zeroed(net, l, -1), "This follows from leaving out the biases b"
                        + Misconceptions.sup(l) + " in the forward pass: z = Wa + b includes every bias.");
            }
            if (nonZero > 0) layersWithBias++;
        }
        if (layersWithBias > 1) {
            add(out, ex, sol.sheet(), zeroed(net, 0, -1), "This follows from leaving out the biases in the forward pass:"
                    + " z = Wa + b includes every bias.");
        }
        return out;
    }

    /** The net with bias j of layer l set to 0; j = −1 for the whole layer, l = 0 for every layer. */
    private static Network zeroed(Network net, int l, int j) {
        List<Layer> layers = new ArrayList<>();
        for (int k = 1; k <= net.depth(); k++) {
            Layer old = net.layer(k);
            double[] b = old.bias();
            if (b != null && (l == 0 || l == k)) {
                b = b.clone();
                for (int i = 0; i < b.length; i++) if (j < 0 || i == j) b[i] = 0;
            }
            layers.add(new Layer(old.size(), old.activation(), old.weights(), b, old.skips(), old.givenZ(), old.givenA()));
        }
        return new Network(net.inputSize(), layers);
    }

    private static void add(List<Alternative> out, Exercise ex, Sheet sheet, Network net, String message) {
        Exercise copy = ex.withNetwork(net);
        Solution s;
        try {
            s = Solver.solve(copy);
        } catch (RuntimeException e) {
            // Without the bias the numbers may leave the finite range (a saturated sigmoid): no alternative then.
            return;
        }
        // The forward pass, the loss and the gradients as the slip makes them; the update and what follows it
        // start from the true old parameters, carrying the slipped gradients.
        Map<String, Double> values = new HashMap<>();
        List<Cell> later = new ArrayList<>();
        for (Cell c : s.sheet().cells()) {
            Stage st = c.kind().stage();
            if (st == Stage.FORWARD || st == Stage.LOSS || st == Stage.LOCAL || st == Stage.BACKWARD) values.put(c.id(), c.value());
        }
        for (Cell c : sheet.cells()) {
            Stage st = c.kind().stage();
            if (st != Stage.FORWARD && st != Stage.LOSS && st != Stage.LOCAL && st != Stage.BACKWARD) later.add(c);
        }
        out.add(new Alternative(new Hint("bias-dropped", message), Replay.run(later, Replay.NONE, values)));
    }
}
