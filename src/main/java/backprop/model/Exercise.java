package backprop.model;

import java.util.List;

/**
 * Everything a worksheet states: the net, one training sample, the loss, the learning rate and the
 * conventions, plus the words around it. {@code localDerivatives} asks the student for the local
 * derivative table (worksheet 002) as well as the gradients.
 */
public record Exercise(String title, String description, List<String> notes, Network network, double[] input,
                       double[] target, Loss loss, double learningRate, Conventions conventions,
                       boolean localDerivatives, Tolerance tolerance) {

    public Exercise {
        notes = List.copyOf(notes);
    }

    public boolean hasGivenValues() {
        for (Layer layer : network.layers()) if (layer.givenA() != null || layer.givenZ() != null) return true;
        return false;
    }
}
