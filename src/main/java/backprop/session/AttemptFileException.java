package backprop.session;

/** A file that is not a usable attempt file: {@code where} is the JSON path of the problem ("steps[3].outcome"). */
public final class AttemptFileException extends Exception {

    private final String where;

    public AttemptFileException(String where, String problem) {
        super(where.isEmpty() ? problem : where + ": " + problem);
        this.where = where;
    }

    public String where() {
        return where;
    }
}
