package backprop.exercise;

/**
 * JSON text in and out of the tutor: the exercise files, saved progress and the command line's output. The
 * project's own, small in the page (docs/PAGE-SIZE.md): it reads no number into a double and writes the
 * layout the exercise files were first written in.
 */
public final class Json {

    public static final JsonValue NULL = new JsonValue(JsonValue.NULL, "null");
    public static final JsonValue TRUE = new JsonValue(JsonValue.TRUE, "true");
    public static final JsonValue FALSE = new JsonValue(JsonValue.FALSE, "false");

    private Json() {
    }

    /** The value of a JSON text; a {@link JsonSyntaxException} says where it is not JSON. */
    public static JsonValue parse(String text) {
        if (text == null) throw new NullPointerException("text is null");
        return new JsonReader(text).document();
    }

    /** A string value; null is JSON null. */
    public static JsonValue value(String s) {
        return s == null ? NULL : new JsonValue(JsonValue.STRING, s);
    }

    public static JsonValue value(int v) {
        return new JsonValue(JsonValue.NUMBER, Integer.toString(v));
    }

    public static JsonValue value(long v) {
        return new JsonValue(JsonValue.NUMBER, Long.toString(v));
    }

    public static JsonValue value(boolean v) {
        return v ? TRUE : FALSE;
    }

    /** A number written with exactly these digits, as the reader found them. */
    static JsonValue number(String digits) {
        return new JsonValue(JsonValue.NUMBER, digits);
    }

    public static JsonObject object() {
        return new JsonObject();
    }

    public static JsonArray array() {
        return new JsonArray();
    }
}
