package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check as text: one block per cell with the verdict, the note or hint and the right chain-rule product; the score. */
class CheckTextTest {

    @TempDir
    Path dir;

    private CliRun check(String answersJson) {
        Path answers = CliRun.write(dir, "answers.json", answersJson);
        return CliRun.of("check", "--preset", "004-relu-231", answers.toString());
    }

    @Test
    void verdictsHintsAndTheScore() {
        // ∂L/∂ŷ = −1 right; δ⁽²⁾ typed 1 (sign flipped: the hint does not send them back to their right ∂L/∂ŷ);
        // ∂L/∂W⁽²⁾₀₁ = δ⁽²⁾·a⁽¹⁾₁ = (1)(1.1) = 1.1 follows from the student's δ, itself a named mistake: consistent
        CliRun r = check("{\"yhat.0\": \"−1\", \"z2.0\": \"1\", \"W2.0.1\": \"1.1\", \"W1.0.0\": \"x\", \"new.W2.0.2\": \"-0.48\"}");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("Worksheet 004"), r.out());
        assertEquals("yhat.0      ∂L/∂ŷ  typed “−1”: correct", r.line("yhat.0"));
        assertTrue(r.line("z2.0").endsWith("typed “1”: wrong"), r.line("z2.0"));
        assertTrue(r.out().contains("hint: The sign is flipped: this is the right value times −1. Your ∂L/∂ŷ is right"), r.out());
        assertTrue(r.line("W2.0.1").endsWith("typed “1.1”: consistent"), r.line("W2.0.1"));
        assertTrue(r.out().contains("∂L/∂W⁽²⁾₀₁ = δ⁽²⁾ · a⁽¹⁾₁ = (−1)(1.1) = −1.1"), r.out());
        assertTrue(r.line("W1.0.0").endsWith("typed “x”: unreadable"), r.line("W1.0.0"));
        assertTrue(r.out().contains("could not read “x” at character 1: unexpected “x”"), r.out());
        // W⁽²⁾₀₂′ = −0.3 − 0.1·(−1.8) = −0.12; −0.48 = −0.3 + 0.1·(−1.8) goes uphill
        assertTrue(r.out().contains("hint: This step goes uphill"), r.out());
        assertTrue(r.out().contains("W⁽²⁾₀₂′ = W⁽²⁾₀₂ − η·∂L/∂W⁽²⁾₀₂ = −0.3 − 0.1·(−1.8) = −0.12"), r.out());
        assertTrue(r.line("a1.0").endsWith("not answered"), r.line("a1.0"));
        // 004 also asks three cells as expressions; their own score follows the numbers'.
        assertTrue(r.out().contains("\nScore: 1 correct, 1 consistent, 2 wrong, 1 unreadable, 39 not answered, of 44 cells\n"),
                r.out());
    }

    @Test
    void followThroughIsNamed() {
        CliRun r = check("{\"z2.0\": \"-2\", \"W2.0.1\": \"-2.2\"}");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.line("W2.0.1").endsWith("typed “-2.2”: consistent"), r.line("W2.0.1"));
        assertTrue(r.out().contains("follows from your earlier ∂L/∂z⁽²⁾ = -2 (it is −1)"), r.out());
    }

    @Test
    void badAnswersFilesAreClearErrors() {
        CliRun unknown = check("{\"W9.0.0\": \"1\", \"yhat.0\": \"-1\"}");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("this exercise has no cell 'W9.0.0'"), unknown.err());
        assertEquals("", unknown.out());
        CliRun notJson = check("{\"yhat.0\": ");
        assertEquals(1, notJson.code());
        assertTrue(notJson.err().contains("not valid JSON"), notJson.err());
        CliRun array = check("[1, 2]");
        assertEquals(1, array.code());
        assertTrue(array.err().contains("expected an object from cell id to answer"), array.err());
        CliRun missing = CliRun.of("check", "--preset", "004-relu-231", dir.resolve("nope.json").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void badCommandLines() {
        CliRun none = CliRun.of("check", "--preset", "004-relu-231");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("'check' needs an exercise and an answers file"), none.err());
        CliRun one = CliRun.of("check", "exercise.json");
        assertEquals(2, one.code());
        assertTrue(one.err().contains("'check' needs an exercise and an answers file"), one.err());
        CliRun both = CliRun.of("check", "--preset", "004-relu-231", "ex.json", "answers.json");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("not both"), both.err());
        CliRun preset = CliRun.of("check", "--preset", "999", "answers.json");
        assertEquals(1, preset.code());
        assertTrue(preset.err().contains("no preset is called '999'"), preset.err());
        CliRun help = CliRun.of("check", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("check [--json] FILE.json ANSWERS.json"));
    }
}
