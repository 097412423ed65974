package backprop.symbolic;

import backprop.notation.Decimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The text the page and the on-demand module {@code symbolic.js} pass each other: one token a line, a backslash
 * escaping a newline or itself, numbers in the shortest text that reads back to the same double, so that both
 * sides compute with exactly the same numbers. No JSON: the module needs no reader of the exercise file format.
 */
final class Wire {

    private final StringBuilder out;
    private final List<String> in;
    private int next;

    private Wire(StringBuilder out, List<String> in) {
        this.out = out;
        this.in = in;
    }

    static Wire writer() {
        return new Wire(new StringBuilder(), null);
    }

    static Wire reader(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder t = new StringBuilder();
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\\' && k + 1 < text.length()) {
                char d = text.charAt(++k);
                t.append(d == 'n' ? '\n' : d);
            } else if (c == '\n') {
                tokens.add(t.toString());
                t.setLength(0);
            } else {
                t.append(c);
            }
        }
        return new Wire(null, tokens);
    }

    Wire text(String s) {
        if (s == null) s = "";
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') out.append("\\\\");
            else if (c == '\n') out.append("\\n");
            else out.append(c);
        }
        out.append('\n');
        return this;
    }

    /** The shortest text that reads back to exactly v ({@link Decimal}: the page has it already). */
    Wire number(double v) {
        out.append(Decimal.format(v)).append('\n');
        return this;
    }

    Wire integer(int v) {
        out.append(Integer.toString(v)).append('\n');
        return this;
    }

    Wire numbers(double[] v) {
        if (v == null) return integer(-1);
        integer(v.length);
        for (double d : v) number(d);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    // ---- reading; a short or damaged text is an IllegalArgumentException, caught where the module answers ----

    String text() {
        if (next >= in.size()) throw new IllegalArgumentException("the request ends too early");
        return in.get(next++);
    }

    double number() {
        String s = text();
        if (s.equals("NaN")) return Double.NaN;
        try {
            return Decimal.parse(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a number is damaged: " + s);
        }
    }

    int integer() {
        String s = text();
        int v = 0;
        boolean minus = s.startsWith("-");
        for (int k = minus ? 1 : 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9' || k > 9) throw new IllegalArgumentException("a count is damaged: " + s);
            v = v * 10 + (c - '0');
        }
        return minus ? -v : v;
    }

    double[] numbers() {
        int n = integer();
        if (n < 0) return null;
        if (n > 100_000) throw new IllegalArgumentException("a list is too long");
        double[] v = new double[n];
        for (int k = 0; k < n; k++) v[k] = number();
        return v;
    }
}
