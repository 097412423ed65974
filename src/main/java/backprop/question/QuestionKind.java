package backprop.question;

/** A question that is not a computed number: a whole number (a count) or a choice among options. */
public enum QuestionKind {
    COUNT("count"), CHOICE("choice");

    private final String key;

    QuestionKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static QuestionKind fromKey(String key) {
        for (QuestionKind k : values()) if (k.key.equals(key)) return k;
        return null;
    }
}
