package backprop.symbolic;

/**
 * The module's answer to a {@link SymbolicRequest}, ready to draw: the verdict's key and hint key, and its
 * sentences (what it is, how it was read, the cell's true expression and value), or why there is none. The
 * module writes the words, so the page reads lines and decides nothing.
 */
public final class SymbolicReply {

    static final String FORMAT = "backprop-symbolic-reply@1";
    static final String FAILED = "backprop-symbolic-failed@1";

    /** A reply read back. {@code failure} is null when there is a verdict; {@code readAs} is "" when unsaid. */
    public static final class Read {
        public final String kind;
        public final String hint;
        public final String words;
        public final String readAs;
        public final String truth;
        public final String failure;

        Read(String kind, String hint, String words, String readAs, String truth, String failure) {
            this.kind = kind;
            this.hint = hint;
            this.words = words;
            this.readAs = readAs;
            this.truth = truth;
            this.failure = failure;
        }
    }

    private SymbolicReply() {
    }

    static String of(SymbolicVerdict v, String label) {
        String read = ExpressionWords.readAs(v);
        return Wire.writer().text(FORMAT).text(v.kind().key()).text(v.hintKey()).text(ExpressionWords.verdict(v))
                .text(read == null ? "" : read).text(ExpressionWords.truth(label, v)).toString();
    }

    static String failed(String why) {
        return Wire.writer().text(FAILED).text(why).toString();
    }

    public static Read read(String text) {
        if (text == null) return failure("the expression checker gave no answer");
        try {
            Wire r = Wire.reader(text);
            String format = r.text();
            if (FAILED.equals(format)) return failure(r.text());
            if (!FORMAT.equals(format)) return failure("the expression checker answered in a form this page does not read");
            return new Read(r.text(), r.text(), r.text(), r.text(), r.text(), null);
        } catch (IllegalArgumentException e) {
            return failure("the expression checker's answer is damaged: " + e.getMessage());
        }
    }

    private static Read failure(String why) {
        return new Read("", "", "", "", "", why);
    }
}
