package backprop.session;

/** Storage refused a read or a write: full, disabled or blocked. */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }
}
