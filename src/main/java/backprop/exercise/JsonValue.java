package backprop.exercise;

/**
 * A JSON value as read from a file or about to be written. A number keeps its text exactly as written
 * ({@link JsonNumbers} reads it through {@code notation.Decimal}), so nothing here turns text into a double.
 * Objects and arrays are {@link JsonObject} and {@link JsonArray}.
 */
public class JsonValue {

    static final int STRING = 0;
    static final int NUMBER = 1;
    static final int TRUE = 2;
    static final int FALSE = 3;
    static final int NULL = 4;
    static final int ARRAY = 5;
    static final int OBJECT = 6;

    private final int kind;
    /** A string's characters, a number's digits as written, a literal's name; null for arrays and objects. */
    private final String text;

    JsonValue(int kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    public boolean isObject() {
        return kind == OBJECT;
    }

    public boolean isArray() {
        return kind == ARRAY;
    }

    public boolean isString() {
        return kind == STRING;
    }

    public boolean isNumber() {
        return kind == NUMBER;
    }

    public boolean isBoolean() {
        return kind == TRUE || kind == FALSE;
    }

    public boolean isTrue() {
        return kind == TRUE;
    }

    public boolean isNull() {
        return kind == NULL;
    }

    public JsonObject asObject() {
        if (kind != OBJECT) throw new UnsupportedOperationException("Not an object: " + this);
        return (JsonObject) this;
    }

    public JsonArray asArray() {
        if (kind != ARRAY) throw new UnsupportedOperationException("Not an array: " + this);
        return (JsonArray) this;
    }

    public String asString() {
        if (kind != STRING) throw new UnsupportedOperationException("Not a string: " + this);
        return text;
    }

    public boolean asBoolean() {
        if (!isBoolean()) throw new UnsupportedOperationException("Not a boolean: " + this);
        return kind == TRUE;
    }

    /** The value as compact JSON text: a number as it was written, a string quoted and escaped. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        write(out, null);
        return out.toString();
    }

    /**
     * The value as JSON text indented by two spaces per level, one element or member per line: the layout of
     * the exercise files (minimal-json's pretty printing, which the files were first written with).
     */
    public String toPrettyString() {
        StringBuilder out = new StringBuilder();
        write(out, "");
        return out.toString();
    }

    /** Appends the value's text; {@code indent} is the current line's indentation when pretty, else null. */
    void write(StringBuilder out, String indent) {
        if (kind == STRING) quote(text, out);
        else out.append(text);
    }

    /** Starts a new line at the given indentation when pretty; compact text has no line breaks. */
    static void newLine(StringBuilder out, String indent) {
        if (indent != null) out.append('\n').append(indent);
    }

    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c == '\t') out.append("\\t");
            // JavaScript reads U+2028 and U+2029 as line ends, so they are escaped too.
            else if (c < 0x20 || c == '\u2028' || c == '\u2029') out.append("\\u").append(hex(c >> 12)).append(hex(c >> 8)).append(hex(c >> 4)).append(hex(c));
            else out.append(c);
        }
        out.append('"');
    }

    private static char hex(int v) {
        return "0123456789abcdef".charAt(v & 15);
    }
}
