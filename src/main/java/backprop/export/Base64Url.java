package backprop.export;

/**
 * Base64 with the URL alphabet (RFC 4648 §5: '-' and '_' for '+' and '/') and no padding, so the
 * text sits in a URL hash unescaped. Written out because java.util.Base64 is not in TeaVM's class
 * library.
 */
public final class Base64Url {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Base64Url() {
    }

    public static String encode(byte[] data) {
        StringBuilder sb = new StringBuilder((data.length * 4 + 2) / 3);
        int k = 0;
        for (; k + 2 < data.length; k += 3) {
            int v = (data[k] & 0xFF) << 16 | (data[k + 1] & 0xFF) << 8 | (data[k + 2] & 0xFF);
            sb.append(ALPHABET.charAt(v >>> 18)).append(ALPHABET.charAt(v >>> 12 & 63))
                    .append(ALPHABET.charAt(v >>> 6 & 63)).append(ALPHABET.charAt(v & 63));
        }
        int rest = data.length - k;
        if (rest == 1) {
            int v = (data[k] & 0xFF) << 16;
            sb.append(ALPHABET.charAt(v >>> 18)).append(ALPHABET.charAt(v >>> 12 & 63));
        } else if (rest == 2) {
            int v = (data[k] & 0xFF) << 16 | (data[k + 1] & 0xFF) << 8;
            sb.append(ALPHABET.charAt(v >>> 18)).append(ALPHABET.charAt(v >>> 12 & 63)).append(ALPHABET.charAt(v >>> 6 & 63));
        }
        return sb.toString();
    }

    /**
     * Reads what {@link #encode} wrote; trailing '=' padding is tolerated.
     *
     * @throws IllegalArgumentException naming the first character that is not base64url, or a length
     *                                  that no encoding produces
     */
    public static byte[] decode(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '=' && text.length() - end < 2) end--;
        if (end % 4 == 1) throw new IllegalArgumentException("its length (" + end + " characters) is not that of any base64url text; it was probably cut short");
        byte[] out = new byte[end / 4 * 3 + Math.max(0, end % 4 - 1)];
        int acc = 0;
        int bits = 0;
        int n = 0;
        for (int k = 0; k < end; k++) {
            int v = value(text.charAt(k));
            if (v < 0) throw new IllegalArgumentException("character " + (k + 1) + " ('" + printable(text.charAt(k)) + "') is not base64url (A–Z, a–z, 0–9, '-', '_')");
            acc = acc << 6 | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (acc >>> bits);
                acc &= (1 << bits) - 1;
            }
        }
        return out;
    }

    private static int value(char c) {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '-') return 62;
        if (c == '_') return 63;
        return -1;
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7F || Character.isSurrogate(c) ? Utf8.codePoint(c) : String.valueOf(c);
    }
}
