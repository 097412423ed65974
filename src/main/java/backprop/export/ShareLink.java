package backprop.export;

import backprop.exercise.ExerciseException;
import backprop.exercise.ExerciseJson;
import backprop.exercise.ExerciseWriter;
import backprop.exercise.Limits;
import backprop.exercise.Presets;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.generate.StudentSeed;
import backprop.model.Exercise;
import backprop.notation.TextList;
import backprop.solve.Solver;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page URL's hash holds to reproduce an exercise, in one of three forms:
 * <pre>
 *   #preset=004-relu-231                      a built-in worksheet
 *   #seed=12345&amp;opts=2-3-1,relu,…            a generated exercise ({@link GeneratorOptions} text)
 *   #ex=eyJmb3JtYXQiOi…                       any exercise: its compact file text, UTF-8, base64url
 *   #seed-from=nn-week3&amp;opts=2-3-1,…           a class link: each student's own generated exercise, its
 *                                             seed {@link StudentSeed#of}(class, student id)
 *   #seed-from=nn-week3&amp;id=s123&amp;opts=…         the same once the student has given their id
 * </pre>
 * {@link #decode} never throws: whatever the hash holds, the answer is one of the forms, "no hash",
 * or a message saying what is wrong with it. The message quotes at most a few characters of the
 * hash and is plain text; nothing here produces HTML.
 */
public final class ShareLink {

    /** Longer hashes are refused before any decoding ({@link Limits#LINK_CHARS}). */
    public static final int MAX_LENGTH = Limits.LINK_CHARS;

    private ShareLink() {
    }

    /** What a hash decodes to. {@link #exercise()} builds the exercise, or gives null for Empty and Invalid. */
    public sealed interface Decoded permits Empty, PresetLink, Seeded, StudentLink, Custom, Invalid {
        Exercise exercise();
    }

    /** No hash at all, or a bare '#': show the default exercise without a message. */
    public record Empty() implements Decoded {
        @Override
        public Exercise exercise() {
            return null;
        }
    }

    /** A built-in worksheet whose id {@link Presets#byId} knows. */
    public record PresetLink(String id) implements Decoded {
        @Override
        public Exercise exercise() {
            return Presets.byId(id).exercise();
        }
    }

    public record Seeded(long seed, GeneratorOptions options) implements Decoded {
        @Override
        public Exercise exercise() {
            return ExerciseGenerator.generate(seed, options);
        }
    }

    /**
     * A class link: the generated exercise of one student of {@code course}, whose seed is
     * {@link StudentSeed#of}(course, student). {@code student} is null until the student has given their id.
     */
    public record StudentLink(String course, String student, GeneratorOptions options) implements Decoded {
        /** The student's seed; null while no id is given. */
        public Long seed() {
            return student == null ? null : StudentSeed.of(course, student);
        }

        @Override
        public Exercise exercise() {
            Long s = seed();
            return s == null ? null : ExerciseGenerator.generate(s, options);
        }
    }

    /** An exercise carried whole; it has been parsed and solved once, so it is known to work. */
    public record Custom(Exercise exercise) implements Decoded {
    }

    /** The hash is not usable; {@code message} says why, in words for the page. */
    public record Invalid(String message) implements Decoded {
        @Override
        public Exercise exercise() {
            return null;
        }
    }

    public static String forPreset(String id) {
        return "#preset=" + id;
    }

    public static String forSeed(long seed, GeneratorOptions options) {
        return "#seed=" + seed + "&opts=" + options.format();
    }

    /** A class link; {@code student} null for the link an instructor hands out, which asks each student for their id. */
    public static String forStudent(String course, String student, GeneratorOptions options) {
        return "#seed-from=" + percentEncode(course) + (student == null ? "" : "&id=" + percentEncode(StudentSeed.normalise(student)))
                + "&opts=" + options.format();
    }

    /** May be longer than {@link #MAX_LENGTH} for a very large exercise; such a link will not open. */
    public static String forExercise(Exercise ex) {
        return forExercise(ex, JavaLinkCodec.INSTANCE);
    }

    public static String forExercise(Exercise ex, LinkCodec codec) {
        return "#ex=" + codec.encode(ExerciseWriter.write(ex, false));
    }

    public static Decoded decode(String hash) {
        return decode(hash, JavaLinkCodec.INSTANCE);
    }

    public static Decoded decode(String hash, LinkCodec codec) {
        try {
            return read(hash, codec);
        } catch (RuntimeException e) {
            // Every expected problem is reported above; this keeps a page alive if something unforeseen slips through.
            return new Invalid("the link could not be read");
        }
    }

    private static Decoded read(String hash, LinkCodec codec) {
        if (hash == null) return new Empty();
        if (hash.length() > MAX_LENGTH) {
            return new Invalid("the link is too long: " + Limits.over(hash.length(), "characters", MAX_LENGTH, "in a link"));
        }
        String h = hash.startsWith("#") ? hash.substring(1) : hash;
        if (h.trim().isEmpty()) return new Empty();

        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= h.length(); k++) {
            if (k < h.length() && h.charAt(k) != '&') continue;
            String part = h.substring(start, k);
            start = k + 1;
            if (part.isEmpty()) continue;
            int eq = part.indexOf('=');
            if (eq < 0) return new Invalid("the link part '" + quote(part) + "' is not of the form key=value");
            String key = part.substring(0, eq);
            if (!key.equals("preset") && !key.equals("seed") && !key.equals("opts") && !key.equals("ex")
                    && !key.equals("seed-from") && !key.equals("id")) {
                return new Invalid("unknown key '" + quote(key) + "' in the link; it may hold preset=…, seed=… with opts=…, ex=…, or seed-from=… with opts=…");
            }
            if (TextList.has(keys, key)) return new Invalid("the key '" + key + "' appears twice in the link");
            // A class's name and a student's id may be any text, so they are %-escaped UTF-8; the other values are ASCII.
            boolean text = key.equals("seed-from") || key.equals("id");
            String value = text ? percentDecodeUtf8(part.substring(eq + 1)) : percentDecode(part.substring(eq + 1));
            if (value == null) return new Invalid("the value of '" + key + "' has a broken " + (text ? "%-escape or is not UTF-8" : "or non-ASCII %-escape"));
            keys.add(key);
            values.add(value);
        }
        if (keys.isEmpty()) return new Empty();
        if (TextList.has(keys, "seed-from") || TextList.has(keys, "id")) {
            for (String k : keys) {
                if (!k.equals("seed-from") && !k.equals("id") && !k.equals("opts")) {
                    return new Invalid("the link mixes seed-from=… with " + k + "=…; a class link holds seed-from=…, opts=… and the student's id=…");
                }
            }
            if (!TextList.has(keys, "seed-from")) return new Invalid("the link has id=… but no seed-from=… (the class's name)");
            return student(values.get(TextList.indexOf(keys, "seed-from")), TextList.has(keys, "id") ? values.get(TextList.indexOf(keys, "id")) : null,
                    TextList.has(keys, "opts") ? values.get(TextList.indexOf(keys, "opts")) : null);
        }
        boolean preset = TextList.has(keys, "preset");
        boolean seeded = TextList.has(keys, "seed") || TextList.has(keys, "opts");
        boolean custom = TextList.has(keys, "ex");
        if ((preset ? 1 : 0) + (seeded ? 1 : 0) + (custom ? 1 : 0) > 1) {
            return new Invalid("the link mixes " + String.join(" and ", keys) + "; it holds either preset=…, seed=… with opts=…, or ex=…");
        }
        if (preset) return preset(values.get(TextList.indexOf(keys, "preset")));
        if (custom) return custom(values.get(TextList.indexOf(keys, "ex")), codec);
        if (!TextList.has(keys, "seed")) return new Invalid("the link has opts=… but no seed=…");
        return seeded(values.get(TextList.indexOf(keys, "seed")), TextList.has(keys, "opts") ? values.get(TextList.indexOf(keys, "opts")) : null);
    }

    private static Decoded preset(String id) {
        if (Presets.byId(id) != null) return new PresetLink(id);
        StringBuilder ids = new StringBuilder();
        for (Presets.Preset p : Presets.all()) ids.append(ids.length() == 0 ? "" : ", ").append(p.id());
        return new Invalid("there is no built-in exercise '" + quote(id) + "'; the built-in ones are " + ids);
    }

    private static Decoded seeded(String seedText, String optsText) {
        Long seed = parseSeed(seedText);
        if (seed == null) {
            return new Invalid("the seed must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", found '" + quote(seedText) + "'");
        }
        GeneratorOptions options = GeneratorOptions.DEFAULT;
        if (optsText != null) {
            try {
                options = GeneratorOptions.parse(optsText);
            } catch (IllegalArgumentException e) {
                return new Invalid("the exercise options in the link are wrong: " + e.getMessage());
            }
        }
        return new Seeded(seed, options);
    }

    /** The longest class name or student id a link may hold. */
    public static final int MAX_NAME = 100;

    private static Decoded student(String course, String id, String optsText) {
        String problem = nameProblem(course, "class name (seed-from=…)");
        if (problem != null) return new Invalid(problem);
        if (id != null) {
            if (StudentSeed.of(course, id) == null) return new Invalid("the student id (id=…) is empty");
            problem = nameProblem(id, "student id (id=…)");
            if (problem != null) return new Invalid(problem);
        }
        GeneratorOptions options = GeneratorOptions.DEFAULT;
        if (optsText != null) {
            try {
                options = GeneratorOptions.parse(optsText);
            } catch (IllegalArgumentException e) {
                return new Invalid("the exercise options in the link are wrong: " + e.getMessage());
            }
        }
        return new StudentLink(course, id == null ? null : StudentSeed.normalise(id), options);
    }

    /**
     * What is wrong with a class name or a student id (null: nothing): it must have a character that is not blank, at
     * most {@link #MAX_NAME} characters and no control characters. The page's id form is judged by the same words.
     */
    public static String nameProblem(String s, String what) {
        if (s == null || s.trim().isEmpty()) return "the " + what + " is empty";
        if (s.length() > MAX_NAME) return "the " + what + " has " + s.length() + " characters; at most " + MAX_NAME;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < 0x20 || c == 0x7F) return "the " + what + " holds a control character at character " + (k + 1);
        }
        return null;
    }

    private static Decoded custom(String encoded, LinkCodec codec) {
        String json;
        try {
            json = codec.decode(encoded);
        } catch (IllegalArgumentException e) {
            return new Invalid("the exercise in the link is damaged: " + e.getMessage());
        }
        Exercise ex;
        try {
            ex = ExerciseJson.parse(json);
        } catch (ExerciseException e) {
            return new Invalid("the exercise in the link is not a valid exercise file: " + e.getMessage());
        }
        try {
            Solver.solve(ex);
        } catch (RuntimeException e) {
            return new Invalid("the exercise in the link cannot be solved: " + e.getMessage());
        }
        return new Custom(ex);
    }

    /**
     * A seed as typed or linked: plain ASCII digits with an optional '-', within the range of a long; null otherwise.
     * (Long.parseLong alone accepts a leading '+' and, on some platforms, other digits than ASCII.)
     */
    public static Long parseSeed(String s) {
        if (s.isEmpty() || s.length() > 20) return null;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(c >= '0' && c <= '9') && !(k == 0 && c == '-' && s.length() > 1)) return null;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** %XX escapes of ASCII characters (a browser may escape ',' or '='); null when an escape is broken. */
    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            if (k + 2 >= s.length()) return null;
            int hi = hexDigit(s.charAt(k + 1));
            int lo = hexDigit(s.charAt(k + 2));
            if (hi < 0 || lo < 0 || hi > 7) return null;
            sb.append((char) (hi * 16 + lo));
            k += 2;
        }
        return sb.toString();
    }

    /** The value of an ASCII hex digit, or −1: Character.digit would pull Unicode tables into the page. */
    static int hexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /**
     * %XX escapes of UTF-8 bytes, as browsers write a hash with other than ASCII; null when an escape or the UTF-8 is
     * broken. (Written out: the page has no UTF-8 decoder of its own, and a class link needs no more than this.)
     */
    private static String percentDecodeUtf8(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int cp = 0;
        int more = 0;
        int min = 0;
        for (int k = 0; k < s.length(); k++) {
            int b = s.charAt(k);
            if (b == '%') {
                if (k + 2 >= s.length()) return null;
                int hi = hexDigit(s.charAt(k + 1));
                int lo = hexDigit(s.charAt(k + 2));
                if (hi < 0 || lo < 0) return null;
                b = hi * 16 + lo;
                k += 2;
            } else if (more > 0) {
                return null;
            } else {
                sb.append((char) b);
                continue;
            }
            if (more > 0) {
                if ((b & 0xC0) != 0x80) return null;
                cp = cp << 6 | (b & 0x3F);
                if (--more == 0) {
                    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return null;
                    sb.appendCodePoint(cp);
                }
            } else if (b < 0x80) {
                sb.append((char) b);
            } else if (b >= 0xC2 && b < 0xF5) {
                more = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
                // The smallest code point each length may carry: a longer form of a shorter one is no UTF-8.
                min = more == 1 ? 0x80 : more == 2 ? 0x800 : 0x10000;
                cp = b & (0x3F >> more);
            } else {
                return null;
            }
        }
        return more > 0 ? null : sb.toString();
    }

    /** Every character but ASCII letters, digits and - . _ ~ as %XX escapes of its UTF-8 bytes. */
    static String percentEncode(String s) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            int c = s.codePointAt(k);
            if (c > 0xFFFF) k++;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
            if (plain) {
                sb.append((char) c);
            } else if (c < 0x80) {
                hex(sb, c);
            } else {
                int n = c < 0x800 ? 1 : c < 0x10000 ? 2 : 3;
                hex(sb, (0xFF00 >> (n + 1) & 0xFF) | c >> 6 * n);
                for (int m = n - 1; m >= 0; m--) hex(sb, 0x80 | (c >> 6 * m & 0x3F));
            }
        }
        return sb.toString();
    }

    private static void hex(StringBuilder sb, int b) {
        sb.append('%').append("0123456789ABCDEF".charAt(b >> 4 & 15)).append("0123456789ABCDEF".charAt(b & 15));
    }

    /** A piece of the hash for a message: short, and with control characters shown as '?'. */
    private static String quote(String s) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length() && k < 40; k++) {
            char c = s.charAt(k);
            sb.append(c < 0x20 || c == 0x7F || Character.isSurrogate(c) ? '?' : c);
        }
        if (s.length() > 40) sb.append('…');
        return sb.toString();
    }
}
