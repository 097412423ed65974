package backprop.exercise;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an exercise file from its bytes, the one door for the page and the command line alike:
 * the size is checked before anything is decoded, the bytes must be UTF-8 (a byte-order mark is allowed
 * and dropped), and anything else (UTF-16, Latin-1, broken bytes) gets the one message {@link #NOT_UTF8}.
 */
public final class FileText {

    public static final String NOT_UTF8 = "the file is not UTF-8 text; save it as UTF-8 (with or without a byte-order mark) and load it again";

    private FileText() {
    }

    /** @throws ExerciseException with an empty path: the problem is the whole file */
    public static String decode(byte[] bytes) throws ExerciseException {
        if (bytes.length > Limits.FILE_BYTES) {
            throw new ExerciseException("", "the file is " + Limits.over(bytes.length, "bytes", Limits.FILE_BYTES, null));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        byte[] body = bytes;
        if (start > 0) {
            body = new byte[bytes.length - 3];
            System.arraycopy(bytes, 3, body, 0, body.length);
        }
        // A zero byte is valid UTF-8 but never in a text file: it is how UTF-16 and UTF-32 write ASCII.
        for (byte b : body) if (b == 0) throw new ExerciseException("", NOT_UTF8);
        try {
            return utf8(body);
        } catch (IllegalArgumentException e) {
            throw new ExerciseException("", NOT_UTF8);
        }
    }

    /**
     * Strict UTF-8, on the JVM (the page reads files and links with the browser's decoder): overlong forms,
     * surrogates, code points past U+10FFFF and sequences cut short are refused, where {@code new String(bytes,
     * UTF_8)} would quietly put U+FFFD in their place.
     *
     * @throws IllegalArgumentException naming the first byte that is not well-formed UTF-8
     */
    public static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isUnderflow()) throw new IllegalArgumentException("byte " + (in.position() + 1) + " does not start well-formed UTF-8 text");
        decoder.flush(out);
        return out.flip().toString();
    }
}
