package backprop.check;

/** What the checker made of one cell. {@link #key()} is the page's data-verdict value ("" when nothing is typed). */
public enum VerdictKind {
    EMPTY(""), UNREADABLE("unreadable"), CORRECT("correct"), CONSISTENT("consistent"), WRONG("wrong");

    private final String key;

    VerdictKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
