package backprop.symbolic;

/**
 * The module's answer to a {@link SymbolicRequest}: the verdict's fields, or a sentence saying why there is none.
 * The page reads it back into a {@link SymbolicVerdict} and draws it; it decides nothing itself.
 */
public final class SymbolicReply {

    static final String FORMAT = "backprop-symbolic-reply@1";
    static final String FAILED = "backprop-symbolic-failed@1";

    /** A reply read back: the verdict, or the reason it could not be given. */
    public record Read(SymbolicVerdict verdict, String failure) {
    }

    private SymbolicReply() {
    }

    static String of(SymbolicVerdict v) {
        return Wire.writer().text(FORMAT).text(v.kind().key()).text(v.message()).text(v.hintKey())
                .text(v.trueExpression()).text(v.trueAscii()).number(v.value()).number(v.typedValue())
                .text(v.readAs()).integer(v.position()).toString();
    }

    static String failed(String why) {
        return Wire.writer().text(FAILED).text(why).toString();
    }

    public static Read read(String text) {
        if (text == null) return new Read(null, "the expression checker gave no answer");
        try {
            Wire r = Wire.reader(text);
            String format = r.text();
            if (FAILED.equals(format)) return new Read(null, r.text());
            if (!FORMAT.equals(format)) return new Read(null, "the expression checker answered in a form this page does not read");
            String key = r.text();
            SymbolicKind kind = null;
            for (SymbolicKind k : SymbolicKind.values()) if (k.key().equals(key)) kind = k;
            if (kind == null) return new Read(null, "the expression checker gave an unknown verdict");
            String message = blank(r.text());
            String hint = blank(r.text());
            String truth = r.text();
            String ascii = r.text();
            double value = r.number();
            double typedValue = r.number();
            String readAs = blank(r.text());
            int position = r.integer();
            return new Read(new SymbolicVerdict(kind, message, hint, truth, ascii, value, typedValue, readAs, position), null);
        } catch (IllegalArgumentException e) {
            return new Read(null, "the expression checker's answer is damaged: " + e.getMessage());
        }
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }
}
