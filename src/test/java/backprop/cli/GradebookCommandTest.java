package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.check.Checker;
import backprop.exercise.ExerciseWriter;
import backprop.exercise.Presets;
import backprop.export.ShareLink;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.session.Attempt;
import backprop.session.AttemptFile;
import backprop.session.AttemptLog;
import backprop.session.Opened;
import backprop.solve.Solution;
import backprop.solve.Solver;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gradebook: a folder of attempt files re-graded into one CSV row each; key: a student's own answer key. */
class GradebookCommandTest {

    @TempDir
    Path tmp;

    private static final String T004 = Presets.byId("004-relu-231").exercise().title();

    /** An attempt as the page would make it: every answer and show goes through Attempt and into the log. */
    private static final class Work {
        final Opened opened;
        final Attempt attempt;
        final AttemptLog log;

        Work(Opened opened) {
            this.opened = opened;
            this.attempt = new Attempt(new Checker(opened.solution()));
            long[] t = {1_764_633_600_000L};
            this.log = new AttemptLog(() -> t[0] += 1000);
            log.start(attempt);
        }

        Work type(String id, String text) {
            attempt.answer(id, text);
            log.answered(id, text, attempt.outcome(attempt.indexOf(id)));
            return this;
        }

        Work show(String id) {
            attempt.show(id);
            log.shown(id);
            return this;
        }

        String file(String student) {
            return AttemptFile.write(opened, attempt, log, student, 1_764_640_000_000L);
        }
    }

    private static Work on004() {
        Solution s = Solver.solve(Presets.byId("004-relu-231").exercise());
        return new Work(new Opened(s, "004-relu-231", T004, "004-relu-231", "#preset=004-relu-231", false, 0, null));
    }

    /** 004: 3 for δ⁽²⁾ (it is −1) then −1, −1 for ∂L/∂ŷ = ŷ − y = 0.5 − 1.5, W2.0.0 shown, 5 for ∂L/∂b⁽²⁾ = δ⁽²⁾ = −1. */
    private static Work partial() {
        return on004().type("z2.0", "3").type("z2.0", "-1").type("yhat.0", "-1").show("W2.0.0").type("b2.0", "5");
    }

    private Path folder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("attempts"));
        Work right = on004();
        // Every cell typed right at the first try (the values typed are the solver's: what is judged is the grading).
        for (int i = 0; i < right.attempt.size(); i++) right.type(right.attempt.id(i), right.attempt.rightAnswer(i));
        CliRun.write(dir, "right.json", right.file("s1"));
        CliRun.write(dir, "partial.json", partial().file("s2"));
        // The wrong first answer claimed right, the score edited to match.
        JsonObject t = Json.parse(partial().file("s3")).asObject();
        t.get("steps").asArray().get(0).asObject().set("outcome", "first-try");
        t.get("score").asObject().set("first-try", 2).set("after-feedback", 0);
        CliRun.write(dir, "tampered.json", t.toString());
        CliRun.write(dir, "notes.txt", "hello");
        CliRun.write(dir, "exercise.json", ExerciseWriter.write(Presets.byId("004-relu-231").exercise(), true));
        // A different exercise: student S123's own from the class link nn-week3 (default choices), nothing answered.
        GeneratorOptions o = GeneratorOptions.DEFAULT;
        long seed = 2625642051019574L; // StudentSeedTest's independent FNV-1a of ("nn-week3", "S123 ")
        Solution g = Solver.solve(ExerciseGenerator.generate(seed, o));
        Work other = new Work(new Opened(g, "generated", g.exercise().title(), "k", ShareLink.forStudent("nn-week3", "S123", o), false, seed, o));
        CliRun.write(dir, "other.json", other.file(null));
        return dir;
    }

    @Test
    void aFolderOfAttemptsGivesOneRowPerFile() throws Exception {
        Path dir = folder();
        Path csv = tmp.resolve("grades.csv");
        CliRun r = CliRun.of("gradebook", dir.toString(), "--csv", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("graded 4 attempt files into " + csv + "; 2 skipped\n", r.out());
        assertTrue(r.err().contains("skipped exercise.json: not an attempt file: format: this is an exercise file, not an attempt file\n"), r.err());
        assertTrue(r.err().contains("skipped notes.txt: not an attempt file: "), r.err());

        String gen = "Practice · seed 2625642051019574 · 2-3-1 ReLU";
        String[] lines = Files.readString(csv, StandardCharsets.UTF_8).split("\n");
        assertEquals(GradebookCommand.HEADER, lines[0]);
        // 004 asks 44 cells (8 forward values, L, 21 gradients, 13 updated parameters, L′); all right: 44/44 = 100 %.
        assertEquals("s1,\"" + T004 + "\",44,0,0,0,0,0,44,100.00,no,right.json,", lines[1]);
        // The class link's exercise with the default choices: 21 gradient cells of a 2-3-1 net with biases
        // (1 + 1 + 3 + 1 + 3 + 3 + 6 + 3) and its 13 parameters updated: 34, none answered.
        assertTrue(lines[2].startsWith("s123," + gen), lines[2]);
        assertTrue(lines[2].endsWith(",0,0,0,0,0,34,34,0.00,no,other.json,"), lines[2]);
        // 1 first try, 1 after feedback, 1 shown, 1 wrong, 40 unanswered: (1 + 0) / 44 = 2.27 %
        assertEquals("s2,\"" + T004 + "\",1,1,0,1,1,40,44,2.27,no,partial.json,", lines[3]);
        // Re-graded like partial; the file's claims are named: the step, then score.first-try and score.after-feedback.
        assertEquals("s3,\"" + T004 + "\",1,1,0,1,1,40,44,2.27,yes,tampered.json,"
                + "\"steps[0].outcome: the file says first-try, the re-grade gives wrong (and 2 more)\"", lines[4]);
        assertEquals(5, lines.length);
    }

    @Test
    void afterFeedbackCanEarnPartOfACellAndTheCsvGoesToStdout() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("one"));
        CliRun.write(dir, "partial.json", partial().file("=cmd|' /C calc'!A0"));
        CliRun r = CliRun.of("gradebook", dir.toString(), "--after-feedback", "0.5");
        assertEquals(0, r.code(), r.err());
        // (1 first try + 0.5 · 1 after feedback) / 44 = 3.409… → 3.41; a name a spreadsheet would run gets an apostrophe
        assertEquals(GradebookCommand.HEADER + "\n'=cmd|' /C calc'!A0,\"" + T004 + "\",1,1,0,1,1,40,44,3.41,no,partial.json,\n", r.out());
        assertEquals(2, CliRun.of("gradebook", dir.toString(), "--after-feedback", "2").code());
        assertEquals(2, CliRun.of("gradebook").code());
        assertEquals(1, CliRun.of("gradebook", tmp.resolve("nowhere").toString()).code());
        Path csv = CliRun.write(tmp, "exists.csv", "");
        assertEquals(1, CliRun.of("gradebook", dir.toString(), "--csv", csv.toString()).code(), "no overwrite without --force");
        assertEquals(0, CliRun.of("gradebook", dir.toString(), "--csv", csv.toString(), "--force").code());
    }

    @Test
    void keyPrintsTheStudentsOwnAnswerKey() {
        CliRun r = CliRun.of("key", "--student", "S123 ", "--course", "nn-week3");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("student s123 in class nn-week3: seed 2625642051019574, options " + GeneratorOptions.DEFAULT.format(), lines[0]);
        assertEquals("link: #seed-from=nn-week3&id=s123&opts=" + GeneratorOptions.DEFAULT.format(), lines[1]);
        // solve's text of that exercise follows, starting with its title
        assertTrue(lines[3].startsWith("Practice · seed 2625642051019574 · 2-3-1"), lines[3]);
        assertTrue(r.out().contains("∂L/∂ŷ"), r.out());
        assertEquals(2, CliRun.of("key", "--course", "nn-week3").code());
        assertEquals(2, CliRun.of("key", "--student", "a", "--course", "c", "--opts", "2-3-1,blue").code());
        assertEquals(1, CliRun.of("key", "--student", " ", "--course", "c").code());
    }
}
