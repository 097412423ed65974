package backprop.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.exercise.ExerciseException;
import backprop.exercise.ExerciseJson;
import backprop.exercise.ExerciseWriter;
import backprop.exercise.Presets;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.model.Exercise;
import backprop.random.Prng;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShareLinkTest {

    private static String b64(String s) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(byte... bytes) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash is refused, and the message contains each part. */
    private static String invalid(String hash, String... parts) {
        ShareLink.Decoded d = ShareLink.decode(hash);
        ShareLink.Invalid inv = assertInstanceOf(ShareLink.Invalid.class, d, shorten(hash));
        assertNull(d.exercise());
        assertFalse(inv.message().isEmpty());
        for (String p : parts) assertTrue(inv.message().contains(p), shorten(hash) + " → " + inv.message() + " (expected '" + p + "')");
        return inv.message();
    }

    private static String shorten(String s) {
        return s == null ? "null" : s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    @Test
    void aPresetRoundTrips() {
        String link = ShareLink.forPreset("004-relu-231");
        assertEquals("#preset=004-relu-231", link);
        ShareLink.PresetLink p = assertInstanceOf(ShareLink.PresetLink.class, ShareLink.decode(link));
        assertEquals("004-relu-231", p.id());
        assertEquals(Presets.byId("004-relu-231").exercise().title(), p.exercise().title());
        // Without the '#', as a page may hand over location.hash.substring(1).
        assertEquals(p, ShareLink.decode("preset=004-relu-231"));
        for (Presets.Preset each : Presets.all()) {
            assertEquals(new ShareLink.PresetLink(each.id()), ShareLink.decode(ShareLink.forPreset(each.id())));
        }
    }

    @Test
    void aSeedWithOptionsRoundTrips() {
        GeneratorOptions o = GeneratorOptions.parse("3-4-2,tanh,softmax,skip,two-decimals,lr=0.05");
        String link = ShareLink.forSeed(-987654321, o);
        assertEquals("#seed=-987654321&opts=3-4-2,tanh,softmax,categorical-cross-entropy,bias,skip,two-decimals,nodead,lr=0.05", link);
        ShareLink.Seeded s = assertInstanceOf(ShareLink.Seeded.class, ShareLink.decode(link));
        assertEquals(-987654321L, s.seed());
        assertEquals(o, s.options());
        assertEquals(ExerciseWriter.write(ExerciseGenerator.generate(-987654321, o), false), ExerciseWriter.write(s.exercise(), false));

        // The keys in either order, extreme seeds, and a browser's %-escapes of ',' and '='.
        assertEquals(s, ShareLink.decode("#opts=" + o.format() + "&seed=-987654321"));
        assertEquals(new ShareLink.Seeded(Long.MAX_VALUE, GeneratorOptions.DEFAULT), ShareLink.decode("#seed=" + Long.MAX_VALUE));
        assertEquals(new ShareLink.Seeded(Long.MIN_VALUE, GeneratorOptions.DEFAULT), ShareLink.decode("#seed=" + Long.MIN_VALUE));
        assertEquals(new ShareLink.Seeded(7, GeneratorOptions.parse("2-2-1,tanh,lr=0.2")), ShareLink.decode("#seed=7&opts=2-2-1%2Ctanh%2clr%3D0.2"));
    }

    @Test
    void aWholeExerciseRoundTrips() {
        List<Exercise> exercises = new java.util.ArrayList<>();
        for (Presets.Preset p : Presets.all()) exercises.add(p.exercise());
        exercises.add(ExerciseGenerator.generate(3, GeneratorOptions.parse("3-3-2-2,sigmoid,softmax,skip,two-decimals")));
        Exercise base = Presets.byId("004-relu-231").exercise();
        // Characters of every UTF-8 length, including one outside the BMP (a surrogate pair in Java).
        exercises.add(new Exercise("Ünïcödé € ∂L/∂W⁽²⁾ 😀 & <b> \"q\"", "d", List.of("n1", "]]>"), base.network(), base.input(),
                base.target(), base.loss(), base.learningRate(), base.conventions(), true, base.tolerance()));
        for (Exercise ex : exercises) {
            String link = ShareLink.forExercise(ex);
            assertTrue(link.startsWith("#ex="));
            for (int k = 4; k < link.length(); k++) {
                char c = link.charAt(k);
                assertTrue(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_', "URL-safe: " + c);
            }
            ShareLink.Custom c = assertInstanceOf(ShareLink.Custom.class, ShareLink.decode(link), ex.title());
            assertEquals(ExerciseWriter.write(ex, false), ExerciseWriter.write(c.exercise(), false));
        }
    }

    @Test
    void noHashIsNotAnError() {
        for (String h : new String[] {null, "", "#", "  ", "#&", "#&&&"}) {
            ShareLink.Decoded d = ShareLink.decode(h);
            assertInstanceOf(ShareLink.Empty.class, d, String.valueOf(h));
            assertNull(d.exercise());
        }
    }

    @Test
    void malformedHashesGetAMessage() {
        invalid("#" + "a".repeat(ShareLink.MAX_LENGTH), "too long", "20,001 characters; at most 20,000");
        invalid("#preset", "key=value");
        invalid("#foo=1", "unknown key 'foo'", "preset=", "seed=", "ex=");
        invalid("#PRESET=004-relu-231", "unknown key");
        invalid("#preset=nope", "no built-in exercise 'nope'", "004-relu-231", "000-given-values");
        invalid("#preset=004-relu-231&preset=001-sigmoid-bce", "'preset' appears twice");
        invalid("#preset=004-relu-231&seed=1", "mixes", "preset", "seed");
        invalid("#seed=1&ex=abc", "mixes");
        invalid("#opts=2-3-1", "no seed");
        for (String seed : new String[] {"abc", "", "+5", "1.5", "-", "1e3", "99999999999999999999", "9223372036854775808", " 1", "٣"}) {
            invalid("#seed=" + seed, "the seed must be a whole number");
        }
        invalid("#seed=1&opts=2-3-1,relu6", "options in the link are wrong", "unknown option 'relu6'");
        invalid("#seed=1&opts=", "options in the link are wrong", "empty");
        invalid("#seed=1&opts=%ZZ", "broken or non-ASCII %-escape");
        invalid("#seed=1&opts=2-3-1%2", "broken or non-ASCII %-escape");
        invalid("#seed=1&opts=%E2%82%AC", "non-ASCII %-escape");
    }

    @Test
    void damagedExercisesGetAMessage() {
        invalid("#ex=", "not a valid exercise file", "empty");
        invalid("#ex=@@@@", "damaged", "character 1", "'@'");
        invalid("#ex=Zm9v+g", "damaged", "'+'");
        invalid("#ex=A", "damaged", "cut short");
        invalid("#ex=" + b64((byte) 0xC3, (byte) 0x28), "damaged", "UTF-8");
        invalid("#ex=" + b64((byte) 0xED, (byte) 0xA0, (byte) 0x80), "damaged", "UTF-8");      // a UTF-16 surrogate
        invalid("#ex=" + b64((byte) 0xC0, (byte) 0x80), "damaged", "UTF-8");                   // overlong NUL
        invalid("#ex=" + b64((byte) 'a', (byte) 0xE2, (byte) 0x82), "damaged", "byte 2");        // cut short
        invalid("#ex=" + b64("{\"title\": "), "not a valid exercise file", "not valid JSON");
        invalid("#ex=" + b64("[".repeat(10_000)), "not a valid exercise file", "nested more than 32 deep");
        invalid("#ex=" + b64("{\"a\":\"" + "[".repeat(100) + "\"}"), "not a valid exercise file", "unknown field 'a'");
        invalid("#ex=" + b64("42"), "must be a JSON object");

        // The message is ExerciseJson's own, path included.
        String json = ExerciseWriter.write(Presets.byId("004-relu-231").exercise(), false).replace("\"weights\"", "\"wieghts\"");
        String expected;
        try {
            ExerciseJson.parse(json);
            throw new AssertionError("the broken file parsed");
        } catch (ExerciseException e) {
            expected = e.getMessage();
        }
        invalid("#ex=" + b64(json), expected);

        // Valid as a file, but the loss is infinite: σ(1000) = 1 exactly and the target is 0.
        String infinite = "{\"title\":\"t\",\"input\":[1],\"target\":[0],\"loss\":\"binary-cross-entropy\",\"learningRate\":0.1,"
                + "\"layers\":[{\"activation\":\"sigmoid\",\"weights\":[[1000]]}]}";
        invalid("#ex=" + b64(infinite), "cannot be solved", "infinite");
    }

    @Test
    void randomGarbageNeverThrows() {
        Prng rng = new Prng(2024);
        String[] prefixes = {"", "#", "#ex=", "#seed=", "#preset=", "#seed=1&opts=", "#ex=eyJ"};
        String alphabet = "aZ09-_=&%#.,{}[]\"\\ ";
        int invalid = 0;
        for (int k = 0; k < 5000; k++) {
            StringBuilder sb = new StringBuilder(prefixes[rng.nextInt(prefixes.length)]);
            int n = rng.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append(rng.nextInt(4) == 0 ? (char) rng.nextInt(0x10000) : alphabet.charAt(rng.nextInt(alphabet.length())));
            }
            ShareLink.Decoded d = ShareLink.decode(sb.toString());
            assertNotNull(d);
            if (d instanceof ShareLink.Invalid inv) {
                invalid++;
                assertFalse(inv.message().isEmpty());
                assertTrue(inv.message().length() < 1000, inv.message());
            }
        }
        assertTrue(invalid > 4000, "most garbage is refused: " + invalid);

        // Random bytes as a carried exercise: damaged UTF-8 or not an exercise, never an exception.
        for (int k = 0; k < 2000; k++) {
            byte[] bytes = new byte[rng.nextInt(200)];
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) rng.nextInt(256);
            assertInstanceOf(ShareLink.Invalid.class, ShareLink.decode("#ex=" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)));
        }
    }

    @Test
    void messagesQuoteLittleOfTheHash() {
        String m = invalid("#preset=" + "x".repeat(5000) + "\u0007");
        assertTrue(m.length() < 400, m);
        assertFalse(m.contains("\u0007"));
    }

    @Test
    void aClassLinkNamesTheClassAndLaterTheStudent() {
        GeneratorOptions o = GeneratorOptions.parse("2-2-1,relu,sigmoid,binary-cross-entropy,bias,noskip,nice,nodead,lr=0.5");
        ShareLink.StudentLink ask = assertInstanceOf(ShareLink.StudentLink.class, ShareLink.decode("#seed-from=nn-week3&opts=" + o.format()));
        assertEquals("nn-week3", ask.course());
        assertNull(ask.student());
        assertNull(ask.seed());
        assertNull(ask.exercise(), "no exercise until the student gives an id");
        assertEquals(o, ask.options());
        // no opts: the default choices
        assertEquals(GeneratorOptions.DEFAULT, ((ShareLink.StudentLink) ShareLink.decode("#seed-from=c")).options());

        ShareLink.StudentLink mine = assertInstanceOf(ShareLink.StudentLink.class, ShareLink.decode("#seed-from=nn-week3&id=S123&opts=" + o.format()));
        assertEquals("s123", mine.student());
        // StudentSeedTest's independent FNV-1a value for ("nn-week3", "S123 ")
        assertEquals(2625642051019574L, mine.seed());
        assertEquals(ExerciseGenerator.generate(2625642051019574L, o).title(), mine.exercise().title());
        assertEquals("#seed-from=nn-week3&id=s123&opts=" + o.format(), ShareLink.forStudent("nn-week3", " S123", o));
        assertEquals(mine, ShareLink.decode(ShareLink.forStudent("nn-week3", "S123", o)));
    }

    @Test
    void aBrokenClassLinkSaysWhatIsWrong() {
        invalid("#seed-from=c&seed=4", "mixes seed-from=… with seed=…");
        invalid("#seed-from=c&preset=004-relu-231", "mixes seed-from=… with preset=…");
        invalid("#id=s1&opts=2-3-1", "id=… but no seed-from=…");
        invalid("#seed-from=%20%20", "the class name (seed-from=…) is empty");
        invalid("#seed-from=c&id=%20", "the student id (id=…) is empty");
        invalid("#seed-from=c&id=a%0Ab", "control character at character 2");
        // € is E2 82 AC, 😀 is F0 9F 98 80 in UTF-8
        assertEquals("#seed-from=%E2%82%AC%F0%9F%98%80&opts=" + GeneratorOptions.DEFAULT.format(),
                ShareLink.forStudent("€😀", null, GeneratorOptions.DEFAULT));
        assertEquals("€😀", ((ShareLink.StudentLink) ShareLink.decode("#seed-from=%E2%82%AC%F0%9F%98%80")).course());
        assertEquals("é", ((ShareLink.StudentLink) ShareLink.decode("#seed-from=%C3%A9")).course());
        invalid("#seed-from=%E0%80%80", "is not UTF-8"); // an overlong 0
        invalid("#seed-from=%C3x", "is not UTF-8");
        invalid("#seed-from=c&id=%C3", "the value of 'id' has a broken %-escape or is not UTF-8");
        invalid("#seed-from=" + "x".repeat(101), "has 101 characters; at most 100");
        invalid("#seed-from=c&opts=2-3-1,blue", "the exercise options in the link are wrong");
    }
}
