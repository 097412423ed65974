package backprop.exercise;

/**
 * A strict JSON reader (RFC 8259) over a string. Its messages and positions are those of minimal-json, which
 * read the exercise files before it: "Expected ',' or '}'" at the character where the problem is, the end of
 * the text being "Unexpected end of input". Numbers are kept as text.
 */
final class JsonReader {

    /** Deeper than this is no JSON a person wrote; the reader recurses once per bracket. */
    private static final int MAX_DEPTH = 1000;
    private static final int END = -1;

    private final String text;
    /** Index of {@link #current} in the text; the text's length at its end. */
    private int pos = -1;
    private int current;
    private int line = 1;
    private int lineStart;
    private int depth;

    JsonReader(String text) {
        this.text = text;
    }

    JsonValue document() {
        read();
        skipWhiteSpace();
        JsonValue v = value();
        skipWhiteSpace();
        if (current != END) throw error("Unexpected character");
        return v;
    }

    private JsonValue value() {
        switch (current) {
            case 'n':
                return literal("null", Json.NULL);
            case 't':
                return literal("true", Json.TRUE);
            case 'f':
                return literal("false", Json.FALSE);
            case '"':
                return Json.value(string());
            case '[':
                return array();
            case '{':
                return object();
            default:
                if (current == '-' || isDigit()) return Json.number(number());
                throw expected("value");
        }
    }

    private JsonValue literal(String word, JsonValue v) {
        read();
        for (int k = 1; k < word.length(); k++) {
            char c = word.charAt(k);
            if (!readChar(c)) throw expected("'" + c + "'");
        }
        return v;
    }

    private JsonArray array() {
        JsonArray a = new JsonArray();
        read();
        if (++depth > MAX_DEPTH) throw error("Nesting too deep");
        skipWhiteSpace();
        if (readChar(']')) {
            depth--;
            return a;
        }
        do {
            skipWhiteSpace();
            a.add(value());
            skipWhiteSpace();
        } while (readChar(','));
        if (!readChar(']')) throw expected("',' or ']'");
        depth--;
        return a;
    }

    private JsonObject object() {
        JsonObject o = new JsonObject();
        read();
        if (++depth > MAX_DEPTH) throw error("Nesting too deep");
        skipWhiteSpace();
        if (readChar('}')) {
            depth--;
            return o;
        }
        do {
            skipWhiteSpace();
            if (current != '"') throw expected("name");
            String name = string();
            skipWhiteSpace();
            if (!readChar(':')) throw expected("':'");
            skipWhiteSpace();
            o.add(name, value());
            skipWhiteSpace();
        } while (readChar(','));
        if (!readChar('}')) throw expected("',' or '}'");
        depth--;
        return o;
    }

    /** A string's characters; {@link #current} is its opening quote. */
    private String string() {
        read();
        StringBuilder sb = null;
        int start = pos;
        while (current != '"') {
            if (current == '\\') {
                if (sb == null) sb = new StringBuilder();
                sb.append(text, start, pos);
                sb.append(escape());
                start = pos;
            } else if (current < 0x20) {
                throw expected("valid string character");
            } else {
                read();
            }
        }
        String s = sb == null ? text.substring(start, pos) : sb.append(text, start, pos).toString();
        read();
        return s;
    }

    /** The character an escape stands for; {@link #current} is its backslash, and is left after it. */
    private char escape() {
        read();
        char c;
        switch (current) {
            case '"':
            case '/':
            case '\\':
                c = (char) current;
                break;
            case 'b':
                c = '\b';
                break;
            case 'f':
                c = '\f';
                break;
            case 'n':
                c = '\n';
                break;
            case 'r':
                c = '\r';
                break;
            case 't':
                c = '\t';
                break;
            case 'u':
                int v = 0;
                for (int k = 0; k < 4; k++) {
                    read();
                    int d = hexDigit();
                    if (d < 0) throw expected("hexadecimal digit");
                    v = v * 16 + d;
                }
                c = (char) v;
                break;
            default:
                throw expected("valid escape sequence");
        }
        read();
        return c;
    }

    private int hexDigit() {
        if (isDigit()) return current - '0';
        if (current >= 'a' && current <= 'f') return current - 'a' + 10;
        if (current >= 'A' && current <= 'F') return current - 'A' + 10;
        return -1;
    }

    /** A number's text as written: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
    private String number() {
        int start = pos;
        readChar('-');
        int first = current;
        if (!readDigit()) throw expected("digit");
        if (first != '0') {
            while (readDigit()) {
                // the integer part's digits
            }
        }
        if (readChar('.')) digits();
        if (readChar('e') || readChar('E')) {
            if (!readChar('+')) readChar('-');
            digits();
        }
        return text.substring(start, pos);
    }

    private void digits() {
        if (!readDigit()) throw expected("digit");
        while (readDigit()) {
            // the rest of the digits
        }
    }

    private boolean readDigit() {
        if (!isDigit()) return false;
        read();
        return true;
    }

    private boolean isDigit() {
        return current >= '0' && current <= '9';
    }

    private boolean readChar(char c) {
        if (current != c) return false;
        read();
        return true;
    }

    private void skipWhiteSpace() {
        while (current == ' ' || current == '\t' || current == '\n' || current == '\r') read();
    }

    private void read() {
        if (pos + 1 >= text.length()) {
            pos = text.length();
            current = END;
            return;
        }
        if (current == '\n') {
            line++;
            lineStart = pos + 1;
        }
        current = text.charAt(++pos);
    }

    private JsonSyntaxException expected(String what) {
        return error(current == END ? "Unexpected end of input" : "Expected " + what);
    }

    private JsonSyntaxException error(String reason) {
        return new JsonSyntaxException(reason, line, pos - lineStart + 1);
    }
}
