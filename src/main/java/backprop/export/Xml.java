package backprop.export;

/**
 * Escaping for the XML and HTML that exports write. Every piece of exercise text (titles, notes,
 * anything from an imported file) goes through here, so none of it can close an element, open a
 * tag or end a CDATA section early.
 */
public final class Xml {

    private Xml() {
    }

    /** Text content of an element: &amp;, &lt; and &gt; escaped, characters XML 1.0 forbids dropped. */
    public static String text(String s) {
        return escape(s, false);
    }

    /** An attribute value between double quotes: quotes escaped as well. */
    public static String attribute(String s) {
        return escape(s, true);
    }

    /** Text inside HTML: the same escapes, which HTML reads the same way. */
    public static String html(String s) {
        return escape(s, true);
    }

    /**
     * A CDATA section holding {@code s}. Each "]]>" inside is split across two sections, the only
     * sequence that could end one early; forbidden characters are dropped as in {@link #text}.
     */
    public static String cdata(String s) {
        String clean = legal(s);
        StringBuilder sb = new StringBuilder("<![CDATA[");
        int from = 0;
        int at;
        while ((at = clean.indexOf("]]>", from)) >= 0) {
            sb.append(clean.substring(from, at + 2)).append("]]><![CDATA[");
            from = at + 2;
        }
        return sb.append(clean.substring(from)).append("]]>").toString();
    }

    /**
     * Appends {@code s} with &amp;, &lt; and &gt; as entities, for markup built in one string: nothing in it can open a
     * tag or an entity. Characters are kept as they are; {@link #legal} drops those XML forbids, where that matters.
     */
    public static void appendEscaped(StringBuilder sb, String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '&') sb.append("&amp;");
            else if (c == '<') sb.append("&lt;");
            else if (c == '>') sb.append("&gt;");
            else sb.append(c);
        }
    }

    private static String escape(String s, boolean quotes) {
        String clean = legal(s);
        StringBuilder sb = new StringBuilder(clean.length() + 16);
        for (int k = 0; k < clean.length(); k++) {
            char c = clean.charAt(k);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(quotes ? "&quot;" : "\"");
                case '\'' -> sb.append(quotes ? "&#39;" : "'");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Drops what no XML 1.0 document may contain: control characters other than tab, newline and
     * carriage return, unpaired surrogates, U+FFFE and U+FFFF. A parser would reject the whole file.
     */
    static String legal(String s) {
        if (s == null) return "";
        StringBuilder sb = null;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean ok;
            int width = 1;
            if (Character.isHighSurrogate(c)) {
                ok = k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1));
                if (ok) width = 2;
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && sb == null) sb = new StringBuilder(s.substring(0, k));
            if (ok && sb != null) sb.append(s.substring(k, k + width));
            k += width - 1;
        }
        return sb == null ? s : sb.toString();
    }
}
