package backprop.generate;

/**
 * The generator seed of one student's exercise, derived from the student's id and the class's name, so that a
 * course can hand every student their own numbers from one link or one SCORM package, and the same id always
 * gets the same exercise: in the page, in the LMS and in the command line's {@code key} and {@code gradebook}.
 *
 * <p>The id is trimmed and ASCII letters are folded to lower case: LMSs and students type ids with stray
 * blanks and either case ("S123 ", "s123"), and those must not give a student two exercises. Other characters
 * are kept as they are. The hash is 64-bit FNV-1a over the UTF-8 bytes of {@code course + '\n' + id}; the
 * result is reduced to 0 … 2^53 − 1 so that it reads the same as a JavaScript number and in a link.
 */
public final class StudentSeed {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final long MAX = (1L << 53) - 1;

    private StudentSeed() {
    }

    /** The id as it is compared: trimmed, ASCII letters in lower case. */
    public static String normalise(String id) {
        String t = id.trim();
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    /** Null when the id is blank after trimming; the seed otherwise. */
    public static Long of(String course, String id) {
        String n = normalise(id);
        if (n.isEmpty()) return null;
        long h = OFFSET;
        h = mix(h, course == null ? "" : course);
        h = (h ^ '\n') * PRIME;
        h = mix(h, n);
        return h & MAX;
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            int cp = s.codePointAt(i);
            if (Character.isSupplementaryCodePoint(cp)) i++;
            if (cp < 0x80) {
                h = (h ^ cp) * PRIME;
            } else if (cp < 0x800) {
                h = (h ^ (0xC0 | (cp >> 6))) * PRIME;
                h = (h ^ (0x80 | (cp & 0x3F))) * PRIME;
            } else if (cp < 0x10000) {
                h = (h ^ (0xE0 | (cp >> 12))) * PRIME;
                h = (h ^ (0x80 | ((cp >> 6) & 0x3F))) * PRIME;
                h = (h ^ (0x80 | (cp & 0x3F))) * PRIME;
            } else {
                h = (h ^ (0xF0 | (cp >> 18))) * PRIME;
                h = (h ^ (0x80 | ((cp >> 12) & 0x3F))) * PRIME;
                h = (h ^ (0x80 | ((cp >> 6) & 0x3F))) * PRIME;
                h = (h ^ (0x80 | (cp & 0x3F))) * PRIME;
            }
        }
        return h;
    }
}
