package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure: one message on stderr, nothing on stdout, exit 1 for bad input and 2 for bad usage. */
class ErrorsTest {

    private static final String GOOD = """
        {"title": "t", "input": [1], "target": [1], "loss": "half-sum-squared", "learningRate": 0.1,
         "layers": [{"activation": "relu", "weights": [[2]]}]}
        """;

    private static void fails(CliRun r, int code, String... inMessage) {
        assertEquals(code, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: "), r.err());
        for (String s : inMessage) assertTrue(r.err().contains(s), "'" + s + "' not in: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aBrokenExerciseNamesTheFileAndTheJsonPath(@TempDir Path dir) {
        Path f = CliRun.write(dir, "broken.json", GOOD.replace("\"relu\"", "\"relu6\""));
        fails(CliRun.of("solve", f.toString()), 1, f.toString() + ": layers[0].activation: unknown activation 'relu6'");
        fails(CliRun.of("solve", "--json", f.toString()), 1, "layers[0].activation");
    }

    @Test
    void aShapeMismatchNamesTheRow(@TempDir Path dir) {
        Path f = CliRun.write(dir, "shape.json", GOOD.replace("[[2]]", "[[2, 3]]"));
        fails(CliRun.of("solve", f.toString()), 1, "layers[0].weights[0]");
    }

    @Test
    void invalidJsonSaysWhere(@TempDir Path dir) {
        Path f = CliRun.write(dir, "bad.json", "{\"title\": \"t\",\n  \"input\": [1,, 2]}");
        fails(CliRun.of("solve", f.toString()), 1, "line 2", "not valid JSON");
    }

    @Test
    void aByteOrderMarkIsAccepted(@TempDir Path dir) {
        Path f = CliRun.write(dir, "bom.json", "\uFEFF" + GOOD);
        CliRun r = CliRun.of("solve", f.toString());
        assertEquals(0, r.code(), r.err());
        // ŷ = ReLU(2·1) = 2, L = ½(1 − 2)² = 0.5
        assertTrue(r.out().contains("= 0.5   with y = [1]"), r.out());
    }

    @Test
    void unreadableFiles(@TempDir Path dir) throws Exception {
        fails(CliRun.of("solve", dir.resolve("missing.json").toString()), 1, "missing.json: no such file");
        fails(CliRun.of("solve", dir.toString()), 1, "is a directory");
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        fails(CliRun.of("solve", latin1.toString()), 1, "not UTF-8");
        Path empty = CliRun.write(dir, "empty.json", "");
        fails(CliRun.of("solve", empty.toString()), 1, "the file is empty");
    }

    @Test
    void anOverflowIsReportedNotThrown(@TempDir Path dir) {
        Path f = CliRun.write(dir, "huge.json", GOOD.replace("[1]", "[1e300]").replace("[[2]]", "[[1e300]]"));
        fails(CliRun.of("solve", f.toString()), 1, "overflows");
    }

    @Test
    void unknownPresetListsTheKnownOnes() {
        fails(CliRun.of("solve", "--preset", "005-nope"), 1, "no preset is called '005-nope'", "004-relu-231");
    }

    @Test
    void usageErrorsExitWithTwo() {
        fails(CliRun.of(), 2, "no command given", "help");
        fails(CliRun.of("solv"), 2, "unknown command 'solv'");
        fails(CliRun.of("solve"), 2, "needs an exercise");
        fails(CliRun.of("solve", "--preset"), 2, "--preset needs a preset id");
        fails(CliRun.of("solve", "--preset", "004-relu-231", "x.json"), 2, "not both");
        fails(CliRun.of("solve", "a.json", "b.json"), 2, "takes one exercise");
        fails(CliRun.of("solve", "--preset", "a", "--preset", "b"), 2, "twice");
        fails(CliRun.of("solve", "--jsn", "x.json"), 2, "has no option --jsn");
        fails(CliRun.of("list", "extra"), 2, "takes no arguments");
        fails(CliRun.of("list", "--preset", "x"), 2, "has no option --preset");
    }

    @Test
    void helpAndListSucceed() {
        CliRun help = CliRun.of("help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("solve [--json] --preset ID"), help.out());
        assertTrue(help.out().contains("check [--json]"), help.out());
        assertEquals(0, CliRun.of("solve", "--help").code());
        CliRun list = CliRun.of("list");
        assertEquals(0, list.code());
        assertEquals(5, list.out().split("\n").length, list.out());
        assertTrue(list.out().contains("001-sigmoid-bce      Worksheet 001"), list.out());
    }

    @Test
    void doubleDashEndsTheOptions(@TempDir Path dir) {
        Path f = CliRun.write(dir, "-odd.json", GOOD);
        CliRun r = CliRun.of("solve", "--json", "--", f.toString());
        assertEquals(0, r.code(), r.err());
    }
}
