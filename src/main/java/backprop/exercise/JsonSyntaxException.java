package backprop.exercise;

/** Where a text stops being JSON (line and column from 1) and what was expected there. */
public final class JsonSyntaxException extends RuntimeException {

    public final int line;
    public final int column;
    private final String reason;

    JsonSyntaxException(String reason, int line, int column) {
        super(reason + " at " + line + ":" + column);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }
}
