package backprop.exercise;

import backprop.notation.Decimal;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonValue;

/**
 * Numbers into and out of minimal-json through {@link Decimal}, never through its asDouble() or
 * Json.value(double): those call Double.parseDouble and Double.toString, whose TeaVM versions would
 * add ~18 KB gzip to the page.
 */
public final class JsonNumbers {

    private JsonNumbers() {
    }

    /** The number a JSON number value holds, read from its text exactly as written in the file. */
    public static double read(JsonValue v) {
        return Decimal.parse(v.toString());
    }

    /** A JSON number with the shortest text that reads back to v; v must be finite. */
    public static JsonValue of(double v) {
        return Json.parse(Decimal.format(v));
    }
}
