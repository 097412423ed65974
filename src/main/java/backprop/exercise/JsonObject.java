package backprop.exercise;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A JSON object: its members in the order written, a repeated name kept as often as it appears (so that
 * {@link ExerciseJson} can refuse it by name); {@link #get} gives the last one.
 */
public final class JsonObject extends JsonValue implements Iterable<JsonObject.Member> {

    /** One name and its value. */
    public static final class Member {
        private final String name;
        private final JsonValue value;

        Member(String name, JsonValue value) {
            this.name = name;
            this.value = value;
        }

        public String getName() {
            return name;
        }

        public JsonValue getValue() {
            return value;
        }
    }

    private final List<Member> members = new ArrayList<>();

    public JsonObject() {
        super(OBJECT, null);
    }

    public JsonObject add(String name, JsonValue value) {
        if (name == null || value == null) throw new NullPointerException("name or value is null");
        members.add(new Member(name, value));
        return this;
    }

    public JsonObject add(String name, String value) {
        return add(name, Json.value(value));
    }

    public JsonObject add(String name, int value) {
        return add(name, Json.value(value));
    }

    /** A whole number such as a seed or a time in milliseconds (the command line and attempt files write them). */
    public JsonObject add(String name, long value) {
        return add(name, Json.value(value));
    }

    public JsonObject add(String name, boolean value) {
        return add(name, Json.value(value));
    }

    /** The value of the last member with this name, or null when there is none. */
    public JsonValue get(String name) {
        for (int k = members.size() - 1; k >= 0; k--) {
            if (members.get(k).name.equals(name)) return members.get(k).value;
        }
        return null;
    }

    /** Every member's name in order, a repeated one as often as it appears. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (Member m : members) out.add(m.name);
        return out;
    }

    public int size() {
        return members.size();
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    @Override
    public Iterator<Member> iterator() {
        return members.iterator();
    }

    @Override
    void write(StringBuilder out, String indent) {
        String inner = indent == null ? null : indent + "  ";
        out.append('{');
        newLine(out, inner);
        for (int k = 0; k < members.size(); k++) {
            if (k > 0) {
                out.append(',');
                newLine(out, inner);
            }
            quote(members.get(k).name, out);
            out.append(indent == null ? ":" : ": ");
            members.get(k).value.write(out, inner);
        }
        newLine(out, indent);
        out.append('}');
    }
}
