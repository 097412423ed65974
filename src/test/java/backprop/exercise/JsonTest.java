package backprop.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.eclipsesource.json.ParseException;
import com.eclipsesource.json.WriterConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The project's JSON reader and writer against minimal-json, which read and wrote the exercise files before
 * them (a test dependency only): the same values, the same text out, and the same message at the same line and
 * column for every broken text, so no file reads or fails differently than it did.
 */
class JsonTest {

    /** What minimal-json makes of a text: its compact rewriting, or its message with the position. */
    private static String theirs(String text) {
        try {
            return com.eclipsesource.json.Json.parse(text).toString();
        } catch (ParseException e) {
            return "error: " + e.getMessage();
        }
    }

    private static String ours(String text) {
        try {
            return Json.parse(text).toString();
        } catch (JsonSyntaxException e) {
            return "error: " + e.reason() + " at " + e.line + ":" + e.column;
        }
    }

    private static void same(String text) {
        assertEquals(theirs(text), ours(text), text);
    }

    @Test
    void everyPresetIsWrittenAsMinimalJsonWroteIt() {
        for (Presets.Preset p : Presets.all()) {
            String compact = ExerciseWriter.write(p.exercise(), false);
            String pretty = ExerciseWriter.write(p.exercise(), true);
            // minimal-json keeps numbers as written and members in order, so rewriting our text is writing the same values.
            assertEquals(com.eclipsesource.json.Json.parse(compact).toString(), compact, p.id());
            assertEquals(com.eclipsesource.json.Json.parse(compact).toString(WriterConfig.PRETTY_PRINT), pretty, p.id());
        }
    }

    @Test
    void prettyPrintingOfEmptyAndNestedValues() {
        // minimal-json breaks the line even in an empty array or object, indenting the empty line.
        String text = "{\"a\":[],\"b\":{},\"c\":[[1,2],{\"d\":null}],\"e\":\"x\"}";
        assertEquals(com.eclipsesource.json.Json.parse(text).toString(WriterConfig.PRETTY_PRINT), Json.parse(text).toPrettyString());
        assertEquals("[\n  \n]", Json.parse("[]").toPrettyString());
    }

    @Test
    void stringsAreEscapedAsMinimalJsonDid() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) all.append(c);
        all.append("\u00e9\u2027\u2028\u2029\u202a\u03b4\u2202\uD83D\uDE00");
        String s = all.toString();
        assertEquals(com.eclipsesource.json.Json.value(s).toString(), Json.value(s).toString());
        assertEquals(s, Json.parse(Json.value(s).toString()).asString());
        // Every escape the reader accepts, in both cases of hexadecimal digits.
        same("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u00C9 \\uD83D\\uDE00 plain\"");
    }

    @Test
    void repeatedNamesAreKeptAndTheLastIsTheValue() {
        JsonObject o = Json.parse("{\"a\": 1, \"b\": 2, \"a\": 3}").asObject();
        assertEquals(List.of("a", "b", "a"), o.names());
        assertEquals("3", o.get("a").toString());
        assertEquals(null, o.get("c"));
    }

    @Test
    void numbersKeepTheirText() {
        assertEquals("[1.50,-0,1E+3,0.1e-7,12]", Json.parse("[1.50, -0, 1E+3, 0.1e-7, 12]").toString());
    }

    @Test
    void brokenTextsFailWithMinimalJsonsMessageAndPosition() {
        String[] texts = {"", " ", "{", "}", "[", "]", "{\"title\": ", "{\n  \"a\": 1,\n  \"b\" 2\n}", "{\"a\": 1,}", "[1,]",
            "[1 2]", "{\"a\" : tru}", "nul", "falsey", "01", "-", "-a", "1.", "1.e3", "1e", "1e+", ".5", "+1", "\"abc",
            "\"a\\x\"", "\"a\\u12g4\"", "\"a\\", "\"tab\there\"", "\"line\nbreak\"", "{1: 2}", "{\"a\" 1}", "[1]x", "[1]\n\n  x",
            "\r\n\r\n[\r\n@", "{\"a\":\n", "\uFEFF{}", "[\"\\u00", "{\"a\":[1,2,{\"b\":[}]}", "  \n\t [ \n ] \n ", "true false"};
        for (String t : texts) same(t);
    }

    @Test
    void nestingTooDeep() {
        same("[".repeat(1001) + "]".repeat(1001));
        same("[".repeat(1000) + "]".repeat(1000));
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> Json.parse("{\"a\":" + "[".repeat(1001)));
        assertEquals("Nesting too deep", e.reason());
    }

    /** Every preset with one character deleted, replaced or inserted, or cut short, thousands of times. */
    @Test
    void mutatedPresetsReadOrFailAsWithMinimalJson() {
        Random random = new Random(20261202);
        String alphabet = "{}[]:,\"\\ \n\t-+.eE0123456789truefalsn/u\u0001x";
        List<String> sources = new ArrayList<>();
        for (Presets.Preset p : Presets.all()) {
            sources.add(p.json());
            sources.add(ExerciseWriter.write(p.exercise(), false));
        }
        for (int n = 0; n < 20000; n++) {
            String s = sources.get(random.nextInt(sources.size()));
            int at = random.nextInt(s.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            String t = switch (random.nextInt(4)) {
                case 0 -> s.substring(0, at) + s.substring(at + 1);
                case 1 -> s.substring(0, at) + c + s.substring(at + 1);
                case 2 -> s.substring(0, at) + c + s.substring(at);
                default -> s.substring(0, at);
            };
            same(t);
        }
    }
}
