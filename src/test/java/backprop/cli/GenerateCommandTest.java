package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.exercise.ExerciseJson;
import backprop.model.Activation;
import backprop.model.Exercise;
import backprop.model.Loss;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class GenerateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesOneExerciseAndTwoKeysPerSeed() throws Exception {
        Path out = tmp.resolve("sheets");
        CliRun r = CliRun.of("generate", "--seed", "41", "--count", "3", "--out", out.toString(), "3-2-1,sigmoid,binary-cross-entropy");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("exercise-41.json", "exercise-41.key.json", "exercise-41.key.txt",
                "exercise-42.json", "exercise-42.key.json", "exercise-42.key.txt",
                "exercise-43.json", "exercise-43.key.json", "exercise-43.key.txt"), names(out));
        Exercise ex = ExerciseJson.parse(read(out.resolve("exercise-42.json")));
        // The choices, not the defaults: 3 inputs, hidden ReLU (the default), sigmoid output, BCE.
        assertEquals(3, ex.input().length);
        assertEquals(Activation.SIGMOID, ex.network().layer(ex.network().depth()).activation());
        assertEquals(Loss.BINARY_CROSS_ENTROPY, ex.loss());
        String key = read(out.resolve("exercise-42.key.txt"));
        assertTrue(key.startsWith(ex.title()), key);
        assertTrue(key.contains("∂L/∂ŷ"), key);
        assertTrue(read(out.resolve("exercise-43.key.json")).contains("\"format\": \"backprop-tutor/solution@1\""));
        assertTrue(r.out().contains("seeds 41 to 43"), r.out());
    }

    @Test
    void sameSeedSameFiles() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, CliRun.of("generate", "--seed=-5", "--count=2", "--out=" + a).code());
        assertEquals(0, CliRun.of("generate", "--seed", "-5", "--count", "2", "--out", b.toString()).code());
        for (String n : names(a)) assertEquals(read(a.resolve(n)), read(b.resolve(n)), n);
        assertEquals(names(a), names(b));
    }

    @Test
    void moodleBankIsWellFormedWithOneQuestionPerAskedCell() throws Exception {
        Path xml = tmp.resolve("bank.xml");
        CliRun r = CliRun.of("generate", "--seed", "1", "--count", "2", "--out", tmp.resolve("s").toString(),
                "--moodle", xml.toString(), "--per-cell", "2-1,linear,nobias");
        assertEquals(0, r.code(), r.err());
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        // A 2-1 linear net without biases asks ∂L/∂ŷ, ∂L/∂z and two weights, then the two updated weights (the
        // default stages): 6 per sheet, and Moodle wants a category question before each sheet's questions.
        assertEquals(2 * 6, count(d, "numerical"));
        assertEquals(2, count(d, "category"));
    }

    @Test
    void moodleBankIsOneClozeQuestionPerSeedInOneCategory() throws Exception {
        Path xml = tmp.resolve("cloze.xml");
        CliRun r = CliRun.of("generate", "--seed", "1", "--count", "3", "--out", tmp.resolve("c").toString(),
                "--moodle", xml.toString(), "2-1,linear,nobias");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(one Cloze question per exercise)"), r.out());
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertEquals(3, count(d, "cloze"));
        assertEquals(1, count(d, "category"), "one category: a random question from it is one whole exercise");
        assertEquals(0, count(d, "numerical"));
        String text = d.getElementsByTagName("questiontext").item(1).getTextContent();
        // the same 6 cells per sheet, as sub-questions of the second seed's question
        assertEquals(6, text.split("\\{1:NUMERICAL:", -1).length - 1, text);
        assertTrue(text.contains("seed 2"), text);
    }

    @Test
    void refusesToOverwriteWithoutForce() {
        String out = tmp.resolve("o").toString();
        assertEquals(0, CliRun.of("generate", "--seed", "9", "--out", out).code());
        CliRun again = CliRun.of("generate", "--seed", "9", "--out", out);
        assertEquals(1, again.code());
        assertTrue(again.err().contains("exercise-9.json already exists; pass --force"), again.err());
        assertEquals(0, CliRun.of("generate", "--seed", "9", "--out", out, "--force").code());
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        CliRun noSeed = CliRun.of("generate", "--count", "2");
        assertEquals(2, noSeed.code());
        assertTrue(noSeed.err().contains("needs --seed"), noSeed.err());
        CliRun badSeed = CliRun.of("generate", "--seed", "abc");
        assertEquals(2, badSeed.code());
        assertTrue(badSeed.err().contains("--seed must be a whole number, found 'abc'"), badSeed.err());
        CliRun zero = CliRun.of("generate", "--seed", "1", "--count", "0");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("--count must be from 1 to 10000, found 0"), zero.err());
        CliRun choices = CliRun.of("generate", "--seed", "1", "2-3-1,relu,softplus");
        assertEquals(2, choices.code());
        assertTrue(choices.err().contains("unknown option 'softplus'"), choices.err());
        CliRun option = CliRun.of("generate", "--seed", "1", "--colour");
        assertEquals(2, option.code());
        assertTrue(option.err().contains("'generate' has no option --colour"), option.err());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static int count(Document d, String type) {
        int n = 0;
        var qs = d.getElementsByTagName("question");
        for (int k = 0; k < qs.getLength(); k++) {
            if (type.equals(((org.w3c.dom.Element) qs.item(k)).getAttribute("type"))) n++;
        }
        return n;
    }
}
