package backprop.model;

/** A computation left the finite numbers (an overflow, a log of 0); the message names where. */
public class NumericException extends RuntimeException {
    public NumericException(String message) {
        super(message);
    }
}
