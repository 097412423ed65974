package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.exercise.FileText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line refuses what the page refuses, with the core's messages, and never prints a stack trace. */
class InputLimitsTest {

    private static final String GOOD = """
        {"title": "t", "input": [1], "target": [1], "loss": "half-sum-squared", "learningRate": 0.1,
         "layers": [{"activation": "relu", "weights": [[2]]}]}
        """;

    private static void fails(CliRun r, String... inMessage) {
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertEquals(1, r.err().strip().split("\n").length, "one line: " + r.err());
        for (String s : inMessage) assertTrue(r.err().contains(s), "'" + s + "' not in: " + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    /** A dense ReLU net with these widths, input first, every weight 0.01. */
    private static String dense(int... widths) {
        StringBuilder sb = new StringBuilder("{\"title\": \"big\", \"loss\": \"half-sum-squared\", \"learningRate\": 0.1, \"input\": [");
        for (int i = 0; i < widths[0]; i++) sb.append(i > 0 ? ", " : "").append(1);
        sb.append("], \"target\": [");
        for (int i = 0; i < widths[widths.length - 1]; i++) sb.append(i > 0 ? ", " : "").append(1);
        sb.append("], \"layers\": [");
        for (int l = 1; l < widths.length; l++) {
            sb.append(l > 1 ? ", " : "").append("{\"activation\": \"relu\", \"weights\": [");
            for (int j = 0; j < widths[l]; j++) {
                sb.append(j > 0 ? ", " : "").append('[');
                for (int i = 0; i < widths[l - 1]; i++) sb.append(i > 0 ? ", " : "").append("0.01");
                sb.append(']');
            }
            sb.append("]}");
        }
        return sb.append("]}").toString();
    }

    @Test
    void anExerciseOverALimitIsRefusedNamingTheFieldAndTheLimit(@TempDir Path dir) {
        Path wide = CliRun.write(dir, "400-400-1.json", dense(2, 400, 1));
        fails(CliRun.of("solve", wide.toString()), wide + ": layers[0].weights: 400 units; at most 32 in a layer");
        Path deep = CliRun.write(dir, "deep.json", dense(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1));
        fails(CliRun.of("solve", "--json", deep.toString()), "layers: 10 layers; at most 8 in an exercise");
        Path many = CliRun.write(dir, "32-32-32-1.json", dense(32, 32, 32, 1));
        fails(CliRun.of("moodle", many.toString()), "layers[1].weights: 2,048 parameters (weights and biases) up to this layer; at most 1,300");
    }

    @Test
    void aFileTooLargeIsRefusedByItsSize(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[300_000]);
        fails(CliRun.of("solve", big.toString()), big + ": the file is 300,000 bytes; at most 262,144");
        Path answers = dir.resolve("answers.json");
        Files.write(answers, new byte[300_000]);
        fails(CliRun.of("check", "--preset", "004-relu-231", answers.toString()), "the file is 300,000 bytes; at most 262,144");
    }

    @Test
    void aRepeatedFieldIsRefused(@TempDir Path dir) {
        Path f = CliRun.write(dir, "twice.json", GOOD.replace("\"learningRate\": 0.1", "\"learningRate\": -1, \"learningRate\": 0.1"));
        fails(CliRun.of("solve", f.toString()), f + ": learningRate: the field 'learningRate' appears twice in this object; give it once");
    }

    @Test
    void everyEncodingButUtf8GetsTheOneMessage(@TempDir Path dir) throws Exception {
        byte[][] others = {GOOD.getBytes(StandardCharsets.UTF_16), GOOD.getBytes(StandardCharsets.UTF_16LE),
            GOOD.replace("\"t\"", "\"café\"").getBytes(StandardCharsets.ISO_8859_1)};
        for (int k = 0; k < others.length; k++) {
            Path f = dir.resolve("enc" + k + ".json");
            Files.write(f, others[k]);
            fails(CliRun.of("solve", f.toString()), f + ": " + FileText.NOT_UTF8);
        }
        Path answers = dir.resolve("answers16.json");
        Files.write(answers, "{\"yhat.0\": \"-1\"}".getBytes(StandardCharsets.UTF_16));
        fails(CliRun.of("check", "--preset", "004-relu-231", answers.toString()), FileText.NOT_UTF8);
    }

    @Test
    void runningOutOfMemoryIsOneMessageAndExitOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.guarded(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals("error: not enough memory for this input; an exercise within the limits the README lists needs far less\n", e);

        err.reset();
        code = Main.guarded(() -> {
            throw new StackOverflowError();
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertEquals("error: this input is nested too deeply to be read\n", err.toString(StandardCharsets.UTF_8));

        err.reset();
        code = Main.guarded(() -> {
            throw new IllegalStateException("a bug");
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.INTERNAL_ERROR, code);
        assertEquals(1, err.toString(StandardCharsets.UTF_8).strip().split("\n").length);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
