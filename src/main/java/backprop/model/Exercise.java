package backprop.model;

import backprop.question.Question;
import backprop.stage.Stage;
import backprop.stage.Stages;
import java.util.List;

/**
 * Everything a worksheet states: the net, one training sample, the loss, the learning rate and the
 * conventions, plus the words around it. {@code stages} says what the student is asked (the forward
 * pass, the backward pass, the update, …) and {@code questions} the questions that are not computed
 * numbers (counts and choices).
 */
public record Exercise(String title, String description, List<String> notes, Network network, double[] input,
                       double[] target, Loss loss, double learningRate, Conventions conventions,
                       Stages stages, Tolerance tolerance, List<Question> questions) {

    public Exercise {
        notes = List.copyOf(notes);
        questions = List.copyOf(questions);
        if (stages == null) stages = Stages.DEFAULT;
    }

    /** An exercise as files before stages had them: the backward pass and the update, and the local derivatives if asked. */
    public Exercise(String title, String description, List<String> notes, Network network, double[] input,
                    double[] target, Loss loss, double learningRate, Conventions conventions,
                    boolean localDerivatives, Tolerance tolerance) {
        this(title, description, notes, network, input, target, loss, learningRate, conventions,
                Stages.defaults(localDerivatives), tolerance, List.of());
    }

    /** Whether the local derivative table (worksheet 002) is asked. */
    public boolean localDerivatives() {
        return stages.asks(Stage.LOCAL);
    }

    public Exercise withStages(Stages s) {
        return new Exercise(title, description, notes, network, input, target, loss, learningRate, conventions, s,
                tolerance, questions);
    }

    public Exercise withNetwork(Network net) {
        return new Exercise(title, description, notes, net, input, target, loss, learningRate, conventions, stages,
                tolerance, questions);
    }

    public boolean hasGivenValues() {
        for (Layer layer : network.layers()) if (layer.givenA() != null || layer.givenZ() != null) return true;
        return false;
    }
}
