package backprop.check;

/** A typed answer that could not be read; {@link #position()} is the 0-based index of the offending character. */
public final class AnswerException extends Exception {

    private final int position;

    public AnswerException(String message, int position) {
        super(message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
