package backprop.update;

import backprop.backward.Gradients;
import backprop.forward.ForwardPass;
import backprop.forward.ForwardResult;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Network;
import backprop.model.ParamRef;
import backprop.model.WeightLayout;
import java.util.ArrayList;
import java.util.List;

/** One step of plain stochastic gradient descent on the exercise's single sample. */
public final class SgdStep {

    private SgdStep() {
    }

    public static UpdateResult run(Exercise ex, Gradients g, ForwardResult fromWeights) {
        Network net = ex.network();
        Conventions conv = ex.conventions();
        double eta = ex.learningRate();
        List<ParamChange> changes = new ArrayList<>();
        List<double[][]> weights = new ArrayList<>();
        List<double[]> biases = new ArrayList<>();
        List<List<double[][]>> skips = new ArrayList<>();
        for (int l = 1; l <= net.depth(); l++) {
            Layer layer = net.layer(l);
            weights.add(step(l, l - 1, layer.weights(), g.dW()[l], eta, conv, changes));
            List<double[][]> sw = new ArrayList<>();
            for (int s = 0; s < layer.skips().size(); s++) {
                sw.add(step(l, layer.skips().get(s).from(), layer.skips().get(s).weights(), g.dSkip()[l][s], eta, conv, changes));
            }
            skips.add(sw);
            if (layer.hasBias()) {
                double[] b = layer.bias().clone();
                for (int j = 0; j < b.length; j++) {
                    ParamRef p = ParamRef.bias(l, j);
                    boolean frozen = conv.isFrozen(p);
                    double grad = g.dB()[l][j];
                    if (!frozen) b[j] = layer.bias()[j] - eta * grad;
                    changes.add(new ParamChange(p, layer.bias()[j], grad, b[j], frozen));
                }
                biases.add(b);
            } else {
                biases.add(null);
            }
        }
        Network updated = net.withParameters(weights, biases, skips);
        ForwardResult after = ForwardPass.run(updated, ex.input(), ex.target(), ex.loss(), conv, false);
        return new UpdateResult(eta, changes, updated, after, fromWeights.loss());
    }

    private static double[][] step(int l, int from, double[][] w, double[][] grad, double eta, Conventions conv,
                                   List<ParamChange> changes) {
        double[][] out = new double[w.length][];
        for (int j = 0; j < w.length; j++) out[j] = w[j].clone();
        boolean neuronRows = conv.weightLayout() == WeightLayout.NEURON_ROWS;
        int rows = neuronRows ? w.length : (w.length == 0 ? 0 : w[0].length);
        int cols = neuronRows ? (w.length == 0 ? 0 : w[0].length) : w.length;
        // Listed in the order the matrix is written, like the gradient cells.
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int j = neuronRows ? r : c;
                int i = neuronRows ? c : r;
                ParamRef p = ParamRef.weight(l, from, j, i, conv.weightLayout());
                boolean frozen = conv.isFrozen(p);
                if (!frozen) out[j][i] = w[j][i] - eta * grad[j][i];
                changes.add(new ParamChange(p, w[j][i], grad[j][i], out[j][i], frozen));
            }
        }
        return out;
    }
}
