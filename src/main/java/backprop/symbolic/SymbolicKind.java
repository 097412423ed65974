package backprop.symbolic;

/** What the judge made of a typed expression. {@link #key()} is a stable name for pages and JSON. */
public enum SymbolicKind {
    EMPTY(""), UNREADABLE("unreadable"), CORRECT("correct"),
    /** The value at the exercise's numbers is right, but the expression is a different function. */
    RIGHT_NUMBER("right-number"), WRONG("wrong");

    private final String key;

    SymbolicKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
