package backprop.render;

import backprop.exercise.Json;
import backprop.exercise.JsonArray;
import backprop.exercise.JsonObject;
import backprop.exercise.JsonValue;

/**
 * Indented JSON in which an array of plain values stays on one line ([0, -1.1, -1.8]): the exercise files'
 * pretty printing ({@link JsonValue#toPrettyString}) gives every number of a matrix its own line, which buries the structure.
 */
public final class JsonPretty {

    private static final String STEP = "  ";

    private JsonPretty() {
    }

    public static String write(JsonValue v) {
        StringBuilder sb = new StringBuilder();
        write(v, sb, "");
        return sb.toString();
    }

    private static void write(JsonValue v, StringBuilder sb, String indent) {
        if (v.isObject()) {
            JsonObject o = v.asObject();
            if (o.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            boolean first = true;
            for (JsonObject.Member m : o) {
                if (!first) sb.append(",\n");
                first = false;
                // A string value's toString() is the quoted, escaped JSON text; names get the same treatment.
                sb.append(indent).append(STEP).append(Json.value(m.getName())).append(": ");
                write(m.getValue(), sb, indent + STEP);
            }
            sb.append('\n').append(indent).append('}');
        } else if (v.isArray()) {
            JsonArray a = v.asArray();
            if (flat(a)) {
                sb.append(a);
                return;
            }
            sb.append("[\n");
            for (int k = 0; k < a.size(); k++) {
                if (k > 0) sb.append(",\n");
                sb.append(indent).append(STEP);
                write(a.get(k), sb, indent + STEP);
            }
            sb.append('\n').append(indent).append(']');
        } else {
            sb.append(v);
        }
    }

    /** Numbers, booleans and nulls only; strings are long (notes, warnings) and get a line each. */
    private static boolean flat(JsonArray a) {
        if (a.isEmpty()) return true;
        for (JsonValue e : a) if (e.isObject() || e.isArray() || e.isString()) return false;
        return true;
    }
}
