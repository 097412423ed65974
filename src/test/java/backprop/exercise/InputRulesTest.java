package backprop.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.model.Exercise;
import backprop.model.Skip;
import backprop.solve.Solver;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One set of input rules for the page and the command line: repeated fields, encodings, odd pairs, honest ranges. */
class InputRulesTest {

    private static final String FILE = "{\"title\": \"café\", \"input\": [1, 2], \"target\": [1.5], \"loss\": \"half-sum-squared\", "
            + "\"learningRate\": 0.1, \"layers\": [{\"activation\": \"relu\", \"weights\": [[0.2, -0.4], [-0.3, 0.8]], \"bias\": [0.1, -0.2]},"
            + " {\"activation\": \"relu\", \"weights\": [[-0.6, 0.9]]}]}";

    private static ExerciseException refused(String json) {
        return assertThrows(ExerciseException.class, () -> ExerciseJson.parse(json));
    }

    private static ExerciseException refused(byte[] bytes) {
        return assertThrows(ExerciseException.class, () -> ExerciseJson.parse(bytes));
    }

    @Test
    void aRepeatedFieldIsRefusedWithItsPath() {
        // the JSON reader alone would keep the last value, 0.1, and load the file as if −1 had never been written
        ExerciseException e = refused(FILE.replace("\"learningRate\": 0.1", "\"learningRate\": -1, \"learningRate\": 0.1"));
        assertEquals("learningRate", e.where());
        assertEquals("the field 'learningRate' appears twice in this object; give it once", e.problem());
        assertEquals("layers[0].bias", refused(FILE.replace("\"bias\": [0.1, -0.2]", "\"bias\": [0.1, -0.2], \"bias\": [0, 0]")).where());
        assertEquals("conventions.indexBase", refused(FILE.replace("\"learningRate\"",
                "\"conventions\": {\"indexBase\": 0, \"indexBase\": 1}, \"learningRate\"")).where());
    }

    @Test
    void utf8WithOrWithoutAByteOrderMarkIsRead() throws ExerciseException {
        byte[] plain = FILE.getBytes(StandardCharsets.UTF_8);
        assertEquals("café", ExerciseJson.parse(plain).title());
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals("café", ExerciseJson.parse(bom).title());
        assertEquals(FILE, FileText.decode(bom));
        assertEquals("café", ExerciseJson.parse("\uFEFF" + FILE).title(), "a BOM left in decoded text");
    }

    @Test
    void everyOtherEncodingGetsTheOneMessage() {
        byte[][] others = {
            FILE.getBytes(StandardCharsets.UTF_16LE),          // UTF-16 without a mark: ASCII with zero bytes between
            FILE.getBytes(StandardCharsets.UTF_16),            // UTF-16 with its mark FE FF
            FILE.getBytes(StandardCharsets.ISO_8859_1),        // é is the lone byte E9
            FILE.getBytes(Charsetz.UTF_32),
            {'{', (byte) 0xC3, '}'},                           // a sequence cut short
            {'{', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '}'}, // an encoded surrogate
        };
        for (byte[] b : others) {
            ExerciseException e = refused(b);
            assertEquals("", e.where());
            assertEquals(FileText.NOT_UTF8, e.problem());
        }
    }

    @Test
    void oddLossAndOutputPairsAreWarnedNotRefused() throws ExerciseException {
        String soft = FILE.replace("[[-0.6, 0.9]]}", "[[-0.6, 0.9], [0.3, 0.1]]}").replace("\"activation\": \"relu\", \"weights\": [[-0.6",
                "\"activation\": \"softmax\", \"weights\": [[-0.6").replace("[1.5]", "[1, 0]").replace("half-sum-squared", "binary-cross-entropy");
        List<String> w = Solver.solve(ExerciseJson.parse(soft)).forward().warnings();
        assertEquals(1, w.size());
        assertTrue(w.get(0).contains("softmax is usually paired with categorical-cross-entropy"), w.get(0));

        // a ReLU output of 0.4 with y = 1: the loss is defined here, but the pair is odd
        String relu = FILE.replace("[1.5]", "[1]").replace("half-sum-squared", "binary-cross-entropy").replace("[[-0.6, 0.9]]", "[[0.1, 0.2]]");
        List<String> r = Solver.solve(ExerciseJson.parse(relu)).forward().warnings();
        assertEquals(1, r.size());
        assertTrue(r.get(0).contains("a relu output can leave (0, 1)"), r.get(0));

        Exercise sigmoid = Presets.byId("001-sigmoid-bce").exercise();
        assertTrue(Solver.solve(sigmoid).forward().warnings().isEmpty(), "sigmoid with binary cross-entropy is the usual pair");
    }

    @Test
    void skipMessagesNeverShowAnEmptyRange() {
        for (int l = 1; l <= 4; l++) {
            for (int from = -1; from <= l + 1; from++) {
                String m = ExerciseRules.skipFrom(l, from, List.of());
                if (m == null) {
                    assertTrue(from >= 0 && from <= l - 2, "layer " + l + " may read layer " + from);
                    continue;
                }
                assertFalse(m.contains("to -") || m.contains("to 0") || m.contains("-1)"), "layer " + l + ", from " + from + ": " + m);
            }
        }
        assertEquals("layer 0 is already the main input of layer 1; put its weights in \"weights\" (layer 1 reads the input directly,"
                + " so it can have no skip)", ExerciseRules.skipFrom(1, 0, List.of()));
        assertEquals("layer 2 cannot read layer 3, which does not come before it; the only skip layer 2 can have reads layer 0 (the input)",
                ExerciseRules.skipFrom(2, 3, List.of()));
        assertEquals("layer 3 already has a skip from layer 0", ExerciseRules.skipFrom(3, 0, List.of(new Skip(0, new double[1][1]))));
        String skipInLayer1 = FILE.replace("\"bias\": [0.1, -0.2]}", "\"bias\": [0.1, -0.2], \"skips\": [{\"from\": 0, \"weights\": [[1, 1], [1, 1]]}]}");
        ExerciseException e = refused(skipInLayer1);
        assertEquals("layers[0].skips[0].from", e.where());
        assertTrue(e.problem().contains("layer 1 reads the input directly, so it can have no skip"), e.problem());
    }

    /** UTF-32 is not among the charsets every JVM must have, but every JDK has it. */
    private static final class Charsetz {
        static final java.nio.charset.Charset UTF_32 = java.nio.charset.Charset.forName("UTF-32");
    }
}
