package backprop.check;

import backprop.notation.Decimal;

/**
 * Reads what a student types as a number, without evaluating code: a number as written on paper
 * ("-0.8", "−0.8", "-.8", "+0.8", "1e-3", "0,618" with a decimal comma), a fraction ("3/4", "½", "¼", "¾") or arithmetic
 * with + − × ÷ and brackets ("(0.401 - 0) * 0.8", "(−1)(1.1)"). A failure says what could not be read and
 * at which character, counted in the text as typed.
 */
public final class AnswerParser {

    /**
     * Longer input is not an answer a student types into a cell; refusing it keeps the recursion shallow too.
     * Counted in UTF-16 units, as an HTML input's maxlength is, so the page may use the same number.
     */
    public static final int MAX_LENGTH = 200;
    private static final int MAX_DEPTH = 30;

    private final String text;
    private int pos;
    private int depth;

    private AnswerParser(String text) {
        this.text = text;
    }

    public static Answer parse(String text) throws AnswerException {
        if (text == null) throw new AnswerException("nothing was typed", 0);
        AnswerParser p = new AnswerParser(text);
        if (text.length() > MAX_LENGTH) {
            // Refused whole, never cut: a cut answer would be judged as something the student did not type.
            throw new AnswerException("the answer is too long to be read: " + text.length() + " characters, and an answer"
                    + " holds at most " + MAX_LENGTH, MAX_LENGTH);
        }
        p.skipBlanks();
        if (p.pos == text.length()) throw new AnswerException("nothing was typed", 0);
        Answer plain = p.plainNumber();
        if (plain != null) return plain;
        p.pos = 0;
        p.skipBlanks();
        double v = p.sum();
        if (p.pos < text.length()) {
            char c = text.charAt(p.pos);
            if (c == ')') throw p.fail(p.pos, "“)” has no matching “(”");
            throw p.unexpected();
        }
        if (!Double.isFinite(v)) throw p.fail(0, "the result is too large to be a number");
        return new Answer(v, 0, 0, false);
    }

    /** A single number with at most one sign, the only form whose precision means something. */
    private Answer plainNumber() throws AnswerException {
        int start = pos;
        boolean negative = false;
        if (pos < text.length() && (isMinus(text.charAt(pos)) || text.charAt(pos) == '+')) {
            negative = isMinus(text.charAt(pos));
            pos++;
            skipBlanks();
        }
        if (!startsNumber()) {
            pos = start;
            return null;
        }
        Answer a = number();
        skipBlanks();
        if (pos < text.length()) {
            pos = start;
            return null;
        }
        return new Answer(negative ? -a.value() : a.value(), a.significantFigures(), a.decimals(), true);
    }

    private double sum() throws AnswerException {
        double v = product();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != '+' && !isMinus(c)) break;
            pos++;
            skipBlanks();
            double r = product();
            v = c == '+' ? v + r : v - r;
        }
        return v;
    }

    private double product() throws AnswerException {
        double v = unary();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isTimes(c) || isDivide(c)) {
                int at = pos;
                pos++;
                skipBlanks();
                double r = unary();
                if (isDivide(c) && r == 0) throw fail(at, "division by zero");
                v = isDivide(c) ? v / r : v * r;
            } else if (c == '(') {
                // (−1)(1.1) and 2(0.5): a bracket right after a factor multiplies, as on paper.
                v *= unary();
            } else {
                break;
            }
        }
        return v;
    }

    private double unary() throws AnswerException {
        if (pos < text.length() && (text.charAt(pos) == '+' || isMinus(text.charAt(pos)))) {
            boolean negative = isMinus(text.charAt(pos));
            pos++;
            skipBlanks();
            if (++depth > MAX_DEPTH) throw fail(pos, "too many signs and brackets inside one another");
            double v = unary();
            depth--;
            return negative ? -v : v;
        }
        return primary();
    }

    private double primary() throws AnswerException {
        if (pos >= text.length()) throw endsEarly();
        char c = text.charAt(pos);
        if (c == '(') {
            int open = pos;
            pos++;
            skipBlanks();
            if (++depth > MAX_DEPTH) throw fail(open, "too many brackets inside one another");
            double v = sum();
            depth--;
            if (pos >= text.length()) throw fail(open, "the “(” at character " + (open + 1) + " is never closed");
            if (text.charAt(pos) != ')') throw unexpected();
            pos++;
            skipBlanks();
            return v;
        }
        if (startsNumber()) {
            double v = number().value();
            skipBlanks();
            return v;
        }
        if (c == '½' || c == '¼' || c == '¾') {
            pos++;
            skipBlanks();
            return c == '½' ? 0.5 : c == '¼' ? 0.25 : 0.75;
        }
        if (c == ')') throw fail(pos, "“)” comes where a number should be");
        throw unexpected();
    }

    private boolean startsNumber() {
        if (pos >= text.length()) return false;
        char c = text.charAt(pos);
        if (isDigit(c)) return true;
        return (c == '.' || c == ',') && pos + 1 < text.length() && isDigit(text.charAt(pos + 1));
    }

    /** Digits with at most one decimal point or comma, then an optional exponent; no sign. */
    private Answer number() throws AnswerException {
        StringBuilder mantissa = new StringBuilder();
        int fractionDigits = 0;
        boolean separator = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isDigit(c)) {
                mantissa.append(c);
                if (separator) fractionDigits++;
            } else if (c == '.' || c == ',') {
                if (separator) throw fail(pos, "a second decimal separator “" + c + "” in one number");
                separator = true;
            } else {
                break;
            }
            pos++;
        }
        int exponent = 0;
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int at = pos;
            pos++;
            boolean negative = false;
            if (pos < text.length() && (text.charAt(pos) == '+' || isMinus(text.charAt(pos)))) {
                negative = isMinus(text.charAt(pos));
                pos++;
            }
            int digits = 0;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                if (digits >= 4) throw fail(at, "the exponent is too large");
                exponent = exponent * 10 + (text.charAt(pos) - '0');
                digits++;
                pos++;
            }
            if (digits == 0) throw fail(at, "“" + text.charAt(at) + "” must be followed by the exponent's digits, as in 1e-3");
            if (negative) exponent = -exponent;
        }
        String digits = mantissa.toString();
        int firstSignificant = 0;
        while (firstSignificant < digits.length() && digits.charAt(firstSignificant) == '0') firstSignificant++;
        double value = Decimal.parse(digits + "e" + (exponent - fractionDigits));
        if (!Double.isFinite(value)) throw fail(pos - 1, "the number is too large");
        return new Answer(value, digits.length() - firstSignificant, fractionDigits - exponent, true);
    }

    private void skipBlanks() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\u00A0' && c != '\u2009' && c != '\u202F') break;
            pos++;
        }
    }

    private AnswerException unexpected() {
        return fail(pos, Characters.unexpected(text, pos));
    }

    private AnswerException endsEarly() {
        return new AnswerException("could not read “" + text + "”: it ends where a number should follow", text.length());
    }

    private AnswerException fail(int at, String what) {
        return new AnswerException("could not read “" + text + "” at character " + Characters.number(text, at) + ": " + what, at);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isMinus(char c) {
        return Decimal.MINUS_SIGNS.indexOf(c) >= 0;
    }

    private static boolean isTimes(char c) {
        return c == '*' || c == '×' || c == '·' || c == '⋅';
    }

    private static boolean isDivide(char c) {
        return c == '/' || c == '÷';
    }
}
