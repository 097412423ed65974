package backprop.export;

/**
 * Strict UTF-8 decoding. new String(bytes, UTF_8) quietly turns broken bytes into U+FFFD; a damaged
 * share link should instead be reported as damaged.
 */
public final class Utf8 {

    private Utf8() {
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
