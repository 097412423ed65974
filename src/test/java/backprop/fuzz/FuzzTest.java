package backprop.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import backprop.check.Answer;
import backprop.check.AnswerException;
import backprop.check.AnswerParser;
import backprop.exercise.ExerciseDraft;
import backprop.exercise.ExerciseException;
import backprop.exercise.ExerciseJson;
import backprop.exercise.ExerciseWriter;
import backprop.exercise.Presets;
import backprop.export.JavaLinkCodec;
import backprop.export.ShareLink;
import backprop.model.Exercise;
import backprop.model.NumericException;
import backprop.random.Prng;
import backprop.solve.Solver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seeded random inputs through every reader of outside text: mutated preset files through the exercise
 * reader (as text, as bytes, and on into the solver and the editor's draft), random strings through the
 * answer parser, random hashes through the link decoder. Each must end in a result or a clear message and
 * nothing else. The seeds are fixed, so a failure is reproduced by running the test again; the input that
 * failed is in the message. The time bound per input is loose on purpose (ten seconds, where each takes well
 * under a millisecond): it catches a hang or a blow-up, not a slow machine.
 */
class FuzzTest {

    private static final long SEED = 20260413L;
    private static final long PER_INPUT_NANOS = 10_000_000_000L;
    private static final String JSON_CHARS = "{}[],:\"\\-+.eE0123456789 \ntruefalsn";
    private static final String ANSWER_CHARS = "0123456789.,+-−*×·/÷()eE  xπ√^%";
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String[] ODD_NUMBERS = {"1e309", "-1e400", "1e-400", "-0", "0.0000000000000000000001", "123456789012345678901234567890",
        "1E+2", "1.", ".5", "--1", "0x10", "NaN", "Infinity", "1e999999999999"};
    private static final String[] PATHS = {"title", "learningRate", "loss", "input-size", "input[0]", "input[9]", "target[0]", "layers[0].size",
        "layers[0].activation", "layers[0].bias-on", "layers[0].weights[0][0]", "layers[1].weights[0][1]", "layers[0].bias[0]",
        "layers[2].skips[0].weights[0][0]", "conventions.frozen", "conventions.reluAtZero", "conventions.weightLayout", "conventions.indexBase",
        "layers[-1].size", "layers[99999999].size", "nonsense", ""};

    @Test
    void mutatedExerciseFilesEndInAnExerciseOrAMessage() {
        Prng rng = new Prng(SEED);
        List<String> bases = new ArrayList<>();
        for (Presets.Preset p : Presets.all()) {
            bases.add(ExerciseWriter.write(p.exercise(), true));
            bases.add(ExerciseWriter.write(p.exercise(), false));
        }
        int accepted = 0;
        for (int k = 0; k < 1500; k++) {
            String text = mutate(bases.get(rng.nextInt(bases.size())), rng, 1 + rng.nextInt(4));
            long start = System.nanoTime();
            Exercise ex = readFile(text, null);
            if (ex != null) {
                accepted++;
                solve(ex, text);
                editRandomly(ex, rng, text);
            }
            bounded(start, text);
        }
        assertTrue(accepted > 100, "some mutations must still be valid exercises, or the fuzz only tests the first check: " + accepted);
    }

    @Test
    void mutatedBytesEndInAnExerciseOrAMessage() {
        Prng rng = new Prng(SEED + 1);
        List<byte[]> bases = new ArrayList<>();
        for (Presets.Preset p : Presets.all()) bases.add(ExerciseWriter.write(p.exercise(), true).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int k = 0; k < 1000; k++) {
            byte[] b = bases.get(rng.nextInt(bases.size())).clone();
            int flips = 1 + rng.nextInt(3);
            for (int f = 0; f < flips; f++) b[rng.nextInt(b.length)] = (byte) rng.nextInt(256);
            long start = System.nanoTime();
            Exercise ex = readFile(null, b);
            if (ex != null) solve(ex, "bytes #" + k);
            bounded(start, "bytes #" + k);
        }
    }

    @Test
    void randomAnswersEndInANumberOrAMessage() {
        Prng rng = new Prng(SEED + 2);
        for (int k = 0; k < 10000; k++) {
            int len = rng.nextInt(k % 50 == 0 ? 260 : 24);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) {
                sb.append(rng.nextInt(20) == 0 ? (char) rng.nextInt(0x3000) : ANSWER_CHARS.charAt(rng.nextInt(ANSWER_CHARS.length())));
            }
            String text = k % 97 == 0 ? "(".repeat(rng.nextInt(5000)) + "1" : sb.toString();
            long start = System.nanoTime();
            try {
                Answer a = AnswerParser.parse(text);
                assertNotNull(a, text);
            } catch (AnswerException e) {
                clear(e.getMessage(), text);
            } catch (RuntimeException | StackOverflowError e) {
                fail("the answer parser threw " + e + " on «" + shorten(text) + "»");
            }
            bounded(start, text);
        }
    }

    @Test
    void randomHashesEndInALinkOrAMessage() {
        Prng rng = new Prng(SEED + 3);
        List<String> exercises = new ArrayList<>();
        for (Presets.Preset p : Presets.all()) exercises.add(ExerciseWriter.write(p.exercise(), false));
        for (int k = 0; k < 1500; k++) {
            String hash = randomHash(rng, exercises);
            long start = System.nanoTime();
            ShareLink.Decoded d;
            try {
                d = ShareLink.decode(hash, JavaLinkCodec.INSTANCE);
            } catch (RuntimeException e) {
                fail("the link decoder threw " + e + " on «" + shorten(hash) + "»");
                return;
            }
            assertNotNull(d, hash);
            if (d instanceof ShareLink.Invalid inv) {
                // The decoder turns a RuntimeException it did not foresee into this message; none may reach it.
                assertFalse(inv.message().equals("the link could not be read"), "an unforeseen exception on «" + shorten(hash) + "»");
                clear(inv.message(), hash);
            } else if (!(d instanceof ShareLink.Empty)) {
                try {
                    Exercise ex = d.exercise();
                    assertNotNull(ex, hash);
                    solve(ex, hash);
                } catch (RuntimeException e) {
                    fail("opening the link threw " + e + " on «" + shorten(hash) + "»");
                }
            }
            bounded(start, hash);
        }
    }

    // ---- inputs ----

    private static String mutate(String base, Prng rng, int times) {
        String s = base;
        for (int t = 0; t < times && !s.isEmpty(); t++) {
            int at = rng.nextInt(s.length());
            int len = 1 + rng.nextInt(Math.min(40, s.length() - at));
            switch (rng.nextInt(8)) {
                case 0 -> s = s.substring(0, at) + s.substring(at + len);                                    // cut
                case 1 -> s = s.substring(0, at) + s.substring(at, at + len) + s.substring(at);              // repeat
                case 2 -> s = s.substring(0, at) + JSON_CHARS.charAt(rng.nextInt(JSON_CHARS.length())) + s.substring(at + 1);
                case 3 -> s = s.substring(0, at) + (char) rng.nextInt(0xFFFF) + s.substring(at);             // any UTF-16 unit
                case 4 -> s = replaceNumber(s, rng);
                case 5 -> s = s.substring(0, at);                                                            // cut short
                case 6 -> s = s.replaceFirst("\"(relu|sigmoid|linear|tanh)\"", rng.nextBoolean() ? "\"softmax\"" : "\"leaky-relu\"");
                default -> s = s.replaceFirst("\"(half-sum-squared|binary-cross-entropy|half-mean-squared)\"",
                        rng.nextBoolean() ? "\"categorical-cross-entropy\"" : "\"binary-cross-entropy\"");
            }
        }
        return s;
    }

    /** One number of the file replaced by an odd one, a large one or another small one. */
    private static String replaceNumber(String s, Prng rng) {
        List<int[]> spans = new ArrayList<>();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if ((c == '-' || (c >= '0' && c <= '9')) && (k == 0 || "[,: ".indexOf(s.charAt(k - 1)) >= 0)) {
                int e = k + 1;
                while (e < s.length() && "0123456789.eE+-".indexOf(s.charAt(e)) >= 0) e++;
                spans.add(new int[] {k, e});
                k = e;
            }
        }
        if (spans.isEmpty()) return s;
        int[] sp = spans.get(rng.nextInt(spans.size()));
        String by = rng.nextBoolean() ? ODD_NUMBERS[rng.nextInt(ODD_NUMBERS.length)] : Integer.toString(rng.nextInt(7) - 3);
        return s.substring(0, sp[0]) + by + s.substring(sp[1]);
    }

    private static String randomHash(Prng rng, List<String> exercises) {
        switch (rng.nextInt(6)) {
            case 0 -> {
                StringBuilder sb = new StringBuilder("#ex=");
                int len = rng.nextInt(3000);
                for (int i = 0; i < len; i++) sb.append(BASE64URL.charAt(rng.nextInt(BASE64URL.length())));
                return sb.toString();
            }
            case 1 -> {
                String text = mutate(exercises.get(rng.nextInt(exercises.size())), rng, 1 + rng.nextInt(2));
                return "#ex=" + JavaLinkCodec.INSTANCE.encode(text);
            }
            case 2 -> {
                return "#seed=" + (rng.nextInt(3) == 0 ? Long.toString(rng.nextLong()) : randomText(rng, 12)) + "&opts="
                        + (rng.nextBoolean() ? "2-3-1,relu,linear" : randomText(rng, 30).replace('&', ','));
            }
            case 3 -> {
                return "#" + randomText(rng, 60);
            }
            case 4 -> {
                String good = "#ex=" + JavaLinkCodec.INSTANCE.encode(exercises.get(rng.nextInt(exercises.size())));
                int at = 4 + rng.nextInt(good.length() - 4);
                return good.substring(0, at) + BASE64URL.charAt(rng.nextInt(BASE64URL.length())) + good.substring(at + 1);
            }
            default -> {
                return "#preset=" + randomText(rng, 20) + (rng.nextBoolean() ? "&ex=" : "") + (rng.nextBoolean() ? "%" + randomText(rng, 2) : "");
            }
        }
    }

    private static String randomText(Prng rng, int max) {
        String chars = "abcdefghijklmnopqrstuvwxyz0123456789-_=&%#,.+ ";
        StringBuilder sb = new StringBuilder();
        int len = rng.nextInt(max + 1);
        for (int i = 0; i < len; i++) sb.append(rng.nextInt(30) == 0 ? (char) rng.nextInt(0xFFFF) : chars.charAt(rng.nextInt(chars.length())));
        return sb.toString();
    }

    // ---- what each must end in ----

    /** The exercise a file text (or bytes) holds, or null after checking that its refusal is a clear message. */
    private static Exercise readFile(String text, byte[] bytes) {
        String shown = text != null ? text : "bytes";
        try {
            return text != null ? ExerciseJson.parse(text) : ExerciseJson.parse(bytes);
        } catch (ExerciseException e) {
            clear(e.problem(), shown);
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            fail("the exercise reader threw " + e + " on «" + shorten(shown) + "»");
            return null;
        }
    }

    private static void solve(Exercise ex, String input) {
        try {
            assertNotNull(Solver.solve(ex));
        } catch (NumericException e) {
            clear(e.getMessage(), input);
        } catch (RuntimeException e) {
            fail("the solver threw " + e + " on an exercise the reader accepted: «" + shorten(input) + "»");
        }
    }

    /** A few fields of the accepted exercise set through the editor's draft, with texts that may not be numbers. */
    private static void editRandomly(Exercise ex, Prng rng, String input) {
        try {
            ExerciseDraft d = ExerciseDraft.of(ex);
            for (int k = 0; k < 3; k++) {
                String path = PATHS[rng.nextInt(PATHS.length)];
                String text = rng.nextBoolean() ? ODD_NUMBERS[rng.nextInt(ODD_NUMBERS.length)] : Integer.toString(rng.nextInt(14) - 2);
                String problem = d.set(path, text);
                if (problem != null) clear(problem, path + " = " + text);
            }
            d.problems();
            try {
                solve(d.check(), input);
            } catch (ExerciseException e) {
                clear(e.problem(), input);
            }
        } catch (RuntimeException e) {
            fail("the draft threw " + e + " editing «" + shorten(input) + "»");
        }
    }

    /** A message a person can act on: some words, of a sane length, with no trace of the code behind it. */
    private static void clear(String message, String input) {
        String m = message == null ? "" : message;
        String at = " for «" + shorten(input) + "»: " + m;
        assertTrue(m.trim().length() >= 5, "a message of words" + at);
        assertTrue(m.length() <= 800, "a message of sane length" + at);
        assertFalse(m.contains("Exception") || m.contains("null") || m.contains("java."), "no trace of the code" + at);
        assertFalse(m.contains("to -1") || m.contains("from 0 to -"), "no empty range" + at);
    }

    private static void bounded(long start, String input) {
        long took = System.nanoTime() - start;
        assertTrue(took < PER_INPUT_NANOS, "took " + took / 1_000_000 + " ms on «" + shorten(input) + "»");
    }

    private static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "… (" + s.length() + " characters)" : s;
    }
}
