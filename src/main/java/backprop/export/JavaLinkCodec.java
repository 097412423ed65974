package backprop.export;

import backprop.exercise.FileText;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@link LinkCodec} on the JVM, by the JDK's base64url and UTF-8 (the page uses the browser's,
 * {@code web.BrowserLinkCodec}, and ShareIT checks that the two write the same links). A damaged link is named
 * more closely here than in the page: the first character that is not base64url, a length no encoder writes, or
 * the first byte that is not UTF-8.
 */
public final class JavaLinkCodec implements LinkCodec {

    public static final JavaLinkCodec INSTANCE = new JavaLinkCodec();

    private JavaLinkCodec() {
    }

    @Override
    public String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Trailing '=' padding is tolerated, as links copied from other tools may carry it. */
    @Override
    public String decode(String encoded) {
        int end = encoded.length();
        while (end > 0 && encoded.charAt(end - 1) == '=' && encoded.length() - end < 2) end--;
        if (end % 4 == 1) {
            throw new IllegalArgumentException("its length (" + end + " characters) is not that of any base64url text; it was probably cut short");
        }
        for (int k = 0; k < end; k++) {
            char c = encoded.charAt(k);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!ok) {
                String shown = c < 0x20 || c == 0x7F || Character.isSurrogate(c) ? String.format("U+%04X", (int) c) : String.valueOf(c);
                throw new IllegalArgumentException("character " + (k + 1) + " ('" + shown + "') is not base64url (A–Z, a–z, 0–9, '-', '_')");
            }
        }
        return FileText.utf8(Base64.getUrlDecoder().decode(encoded.substring(0, end)));
    }
}
