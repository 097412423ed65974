package backprop.check;

/**
 * Characters as a student sees them, for messages: whole characters (an emoji is one, not two halves of a
 * surrogate pair), counted from 1, and the invisible ones named, since quoting a zero-width space shows nothing.
 */
final class Characters {

    private Characters() {
    }

    /** The 1-based number of the character that starts at UTF-16 index {@code index}. */
    static int number(String text, int index) {
        int end = Math.min(Math.max(index, 0), text.length());
        return text.codePointCount(0, end) + 1;
    }

    /** "unexpected “x”", or for an invisible character "a zero-width space, U+200B, which cannot stand here". */
    static String unexpected(String text, int index) {
        int cp = text.codePointAt(index);
        String name = invisibleName(cp);
        if (name != null) return "there is " + name + ", " + code(cp) + ", an invisible character that cannot stand here";
        if (cp >= 0xD800 && cp <= 0xDFFF) return "there is half of a character (" + code(cp) + "), which cannot stand here";
        return "unexpected “" + new String(Character.toChars(cp)) + "”";
    }

    /** U+200B: four hex digits at least, as the Unicode standard writes code points. */
    static String code(int cp) {
        // By hand: toUpperCase would bring the page Unicode's case tables.
        String digits = "0123456789ABCDEF";
        StringBuilder hex = new StringBuilder();
        for (int v = cp; v > 0 || hex.length() < 4; v >>>= 4) hex.insert(0, digits.charAt(v & 15));
        return "U+" + hex;
    }

    /** The name of a character that shows as nothing or as a plain space, or null for a visible one. */
    static String invisibleName(int cp) {
        if (cp == 0x200B) return "a zero-width space";
        if (cp == 0x200C) return "a zero-width non-joiner";
        if (cp == 0x200D) return "a zero-width joiner";
        if (cp == 0x2060) return "a word joiner";
        if (cp == 0xFEFF) return "a zero-width no-break space (byte order mark)";
        if (cp == 0x00AD) return "a soft hyphen";
        if (cp == 0x200E) return "a left-to-right mark";
        if (cp == 0x200F) return "a right-to-left mark";
        if (cp == 0x061C) return "an Arabic letter mark";
        if (cp >= 0x202A && cp <= 0x202E) return "a text direction control";
        if (cp >= 0x2066 && cp <= 0x2069) return "a text direction isolate";
        if (cp == 0x0A || cp == 0x0D || cp == 0x2028 || cp == 0x2029) return "a line break";
        if (cp == 0x3000) return "an ideographic space";
        if ((cp >= 0x2000 && cp <= 0x200A) || cp == 0x205F || cp == 0x1680 || cp == 0x180E) return "a special space";
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return "a control character";
        if (cp >= 0xFE00 && cp <= 0xFE0F) return "a variation selector";
        return null;
    }
}
