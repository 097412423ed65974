package backprop.export;

/**
 * UTF-8 by hand, both ways. Decoding is strict: new String(bytes, UTF_8) quietly turns broken bytes
 * into U+FFFD, and a damaged share link should instead be reported as damaged. Encoding is written out
 * because String.getBytes(UTF_8) pulls TeaVM's whole charset machinery (~3 KB gzip) into the page.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** A lone surrogate, which no UTF-8 text can hold, becomes '?', as String.getBytes does. */
    public static byte[] encode(String s) {
        byte[] out = new byte[utf8Length(s)];
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            int c = s.charAt(k);
            if (c >= 0xD800 && c <= 0xDBFF && k + 1 < s.length() && s.charAt(k + 1) >= 0xDC00 && s.charAt(k + 1) <= 0xDFFF) {
                int cp = 0x10000 + ((c - 0xD800) << 10) + (s.charAt(++k) - 0xDC00);
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | (cp >> 12 & 0x3F));
                out[n++] = (byte) (0x80 | (cp >> 6 & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                out[n++] = '?';
            } else if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | (c >> 6 & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            int c = s.charAt(k);
            if (c >= 0xD800 && c <= 0xDBFF && k + 1 < s.length() && s.charAt(k + 1) >= 0xDC00 && s.charAt(k + 1) <= 0xDFFF) {
                n += 4;
                k++;
            } else {
                n += c >= 0xD800 && c <= 0xDFFF ? 1 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }
        return n;
    }

    /** The value of an ASCII hex digit, or −1: Character.digit would pull Unicode tables into the page. */
    public static int hexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** "U+" and four upper-case hex digits, for naming a control character or lone surrogate in a message. */
    public static String codePoint(char c) {
        String digits = "0123456789ABCDEF";
        StringBuilder sb = new StringBuilder("U+");
        for (int shift = 12; shift >= 0; shift -= 4) sb.append(digits.charAt(c >> shift & 0xF));
        return sb.toString();
    }

    /** @throws IllegalArgumentException naming the first byte that is not well-formed UTF-8 */
    public static String decode(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        int k = 0;
        while (k < b.length) {
            int c = b[k] & 0xFF;
            int need;
            int cp;
            int min;
            if (c < 0x80) {
                sb.append((char) c);
                k++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                cp = c & 0x1F;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                cp = c & 0x0F;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                cp = c & 0x07;
                min = 0x10000;
            } else {
                throw bad(k);
            }
            if (k + need >= b.length) throw bad(k);   // cut short
            for (int i = 1; i <= need; i++) {
                int d = b[k + i] & 0xFF;
                if ((d & 0xC0) != 0x80) throw bad(k);
                cp = cp << 6 | (d & 0x3F);
            }
            // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
            if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) throw bad(k);
            if (cp < 0x10000) {
                sb.append((char) cp);
            } else {
                sb.append((char) (0xD800 + ((cp - 0x10000) >>> 10))).append((char) (0xDC00 + ((cp - 0x10000) & 0x3FF)));
            }
            k += need + 1;
        }
        return sb.toString();
    }

    private static IllegalArgumentException bad(int k) {
        return new IllegalArgumentException("byte " + (k + 1) + " does not start well-formed UTF-8 text");
    }
}
