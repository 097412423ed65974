package backprop.exercise;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A JSON array. */
public final class JsonArray extends JsonValue implements Iterable<JsonValue> {

    private final List<JsonValue> values = new ArrayList<>();

    public JsonArray() {
        super(ARRAY, null);
    }

    public JsonArray add(JsonValue value) {
        if (value == null) throw new NullPointerException("value is null");
        values.add(value);
        return this;
    }

    public JsonArray add(String value) {
        return add(Json.value(value));
    }

    public JsonArray add(int value) {
        return add(Json.value(value));
    }

    public JsonArray add(long value) {
        return add(Json.value(value));
    }

    public JsonArray add(boolean value) {
        return add(Json.value(value));
    }

    public JsonValue get(int index) {
        return values.get(index);
    }

    public int size() {
        return values.size();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public Iterator<JsonValue> iterator() {
        return values.iterator();
    }

    @Override
    void write(StringBuilder out, String indent) {
        String inner = indent == null ? null : indent + "  ";
        out.append('[');
        newLine(out, inner);
        for (int k = 0; k < values.size(); k++) {
            if (k > 0) {
                out.append(',');
                newLine(out, inner);
            }
            values.get(k).write(out, inner);
        }
        newLine(out, indent);
        out.append(']');
    }
}
