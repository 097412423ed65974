package backprop.model;

import backprop.question.Question;
import backprop.stage.Stage;
import backprop.stage.Stages;
import java.util.List;

/**
 * Everything a worksheet states: the net, one training sample, the loss, the learning rate and the
 * conventions, plus the words around it. {@code stages} says what the student is asked (the forward
 * pass, the backward pass, the update, …) and {@code questions} the questions that are not computed
 * numbers (counts and choices). {@code symbolic} lists the gradient cells asked as an expression rather than a
 * number (cell ids, or {@code "backward"} for every cell of the backward pass).
 */
public record Exercise(String title, String description, List<String> notes, Network network, double[] input,
                       double[] target, Loss loss, double learningRate, Conventions conventions,
                       Stages stages, Tolerance tolerance, List<Question> questions, List<String> symbolic) {

    /** Every symbolic cell of the backward pass. */
    public static final String ALL_BACKWARD = "backward";

    public Exercise {
        notes = List.copyOf(notes);
        questions = List.copyOf(questions);
        symbolic = symbolic == null ? List.of() : List.copyOf(symbolic);
        if (stages == null) stages = Stages.DEFAULT;
    }

    /** An exercise with no cell asked as an expression. */
    public Exercise(String title, String description, List<String> notes, Network network, double[] input,
                    double[] target, Loss loss, double learningRate, Conventions conventions,
                    Stages stages, Tolerance tolerance, List<Question> questions) {
        this(title, description, notes, network, input, target, loss, learningRate, conventions, stages, tolerance,
                questions, List.of());
    }

    /** An exercise as files before stages had them: the backward pass and the update, and the local derivatives if asked. */
    public Exercise(String title, String description, List<String> notes, Network network, double[] input,
                    double[] target, Loss loss, double learningRate, Conventions conventions,
                    boolean localDerivatives, Tolerance tolerance) {
        this(title, description, notes, network, input, target, loss, learningRate, conventions,
                Stages.defaults(localDerivatives), tolerance, List.of(), List.of());
    }

    /** Whether the local derivative table (worksheet 002) is asked. */
    public boolean localDerivatives() {
        return stages.asks(Stage.LOCAL);
    }

    public Exercise withStages(Stages s) {
        return new Exercise(title, description, notes, network, input, target, loss, learningRate, conventions, s,
                tolerance, questions, symbolic);
    }

    public Exercise withNetwork(Network net) {
        return new Exercise(title, description, notes, net, input, target, loss, learningRate, conventions, stages,
                tolerance, questions, symbolic);
    }

    public Exercise withSymbolic(List<String> cells) {
        return new Exercise(title, description, notes, network, input, target, loss, learningRate, conventions, stages,
                tolerance, questions, cells);
    }

    /**
     * Whether this cell is answered as an expression: listed by id, or a gradient cell (not a local derivative,
     * a forward value, an update or a question) while the whole backward pass is listed.
     */
    public boolean asksSymbolically(String cellId) {
        if (symbolic.isEmpty() || cellId == null) return false;
        if (symbolic.contains(cellId)) return true;
        if (!symbolic.contains(ALL_BACKWARD)) return false;
        return cellId.indexOf('/') < 0 && !cellId.startsWith("fwd.") && !cellId.startsWith("new.") && !cellId.startsWith("q.")
                && !cellId.startsWith("loss");
    }

    public boolean hasGivenValues() {
        for (Layer layer : network.layers()) if (layer.givenA() != null || layer.givenZ() != null) return true;
        return false;
    }
}
