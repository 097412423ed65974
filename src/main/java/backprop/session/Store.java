package backprop.session;

/**
 * Where the page keeps what must survive a reload (localStorage in the browser, a map in the tests).
 * Every call may fail: storage can be disabled, full, or throw in a private window. A failure is a
 * {@link StoreException}, never a silent no-op, so the session can tell the student their work is not kept.
 */
public interface Store {

    /** The value kept under key, or null when there is none. */
    String get(String key);

    void put(String key, String value);

    void remove(String key);
}
