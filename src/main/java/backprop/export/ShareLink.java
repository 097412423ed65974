package backprop.export;

import backprop.exercise.ExerciseException;
import backprop.exercise.ExerciseJson;
import backprop.exercise.ExerciseWriter;
import backprop.exercise.Limits;
import backprop.exercise.Presets;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
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
    public sealed interface Decoded permits Empty, PresetLink, Seeded, Custom, Invalid {
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
            if (!key.equals("preset") && !key.equals("seed") && !key.equals("opts") && !key.equals("ex")) {
                return new Invalid("unknown key '" + quote(key) + "' in the link; it may hold preset=…, seed=… with opts=…, or ex=…");
            }
            if (TextList.has(keys, key)) return new Invalid("the key '" + key + "' appears twice in the link");
            String value = percentDecode(part.substring(eq + 1));
            if (value == null) return new Invalid("the value of '" + key + "' has a broken or non-ASCII %-escape");
            keys.add(key);
            values.add(value);
        }
        if (keys.isEmpty()) return new Empty();
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
            int hi = Utf8.hexDigit(s.charAt(k + 1));
            int lo = Utf8.hexDigit(s.charAt(k + 2));
            if (hi < 0 || lo < 0 || hi > 7) return null;
            sb.append((char) (hi * 16 + lo));
            k += 2;
        }
        return sb.toString();
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
