package backprop.exercise;

/** A broken exercise file: {@code where} is the JSON path of the problem ("layers[1].weights[0]"). */
public class ExerciseException extends Exception {

    private final String where;
    private final String problem;

    public ExerciseException(String where, String problem) {
        super(where.isEmpty() ? problem : where + ": " + problem);
        this.where = where;
        this.problem = problem;
    }

    public String where() {
        return where;
    }

    public String problem() {
        return problem;
    }
}
