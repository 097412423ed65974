package backprop.exercise;

import backprop.notation.Decimal;

/**
 * Numbers into and out of JSON values through {@link Decimal}, never through Double.parseDouble or
 * Double.toString, whose TeaVM versions would add ~18 KB gzip to the page (docs/PAGE-SIZE.md).
 */
public final class JsonNumbers {

    private JsonNumbers() {
    }

    /** The number a JSON number value holds, read from its text exactly as written in the file. */
    public static double read(JsonValue v) {
        return Decimal.parse(v.toString());
    }

    /** A JSON number with the shortest text that reads back to v; v must be finite (else a JsonSyntaxException). */
    public static JsonValue of(double v) {
        return Json.parse(Decimal.format(v));
    }
}
