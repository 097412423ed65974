package backprop.cli;

import backprop.exercise.ExerciseWriter;
import backprop.export.MoodleCloze;
import backprop.export.MoodleXml;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.model.Exercise;
import backprop.render.SolutionJson;
import backprop.render.TextSolution;
import backprop.solve.Solution;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code generate --seed S [--count N] [--out DIR] [--moodle FILE.xml] [--force] [CHOICES]}: one
 * exercise per student with its answer key, so an instructor can hand every student different
 * numbers. Per seed it writes the exercise file (what the student loads into the page), the
 * answer key as text (to read) and as JSON (to grade with), all named by the seed that reproduces
 * them in the page.
 */
final class GenerateCommand {

    static final int DEFAULT_COUNT = 1;
    static final String DEFAULT_OUT = "generated";

    private final GenerateArgs args;

    private GenerateCommand(GenerateArgs args) {
        this.args = args;
    }

    static void run(List<String> raw, PrintStream out) throws CliException {
        GenerateArgs a = GenerateArgs.parse(raw);
        if (a.help) {
            out.print(Usage.TEXT);
            return;
        }
        new GenerateCommand(a).write(out);
    }

    private void write(PrintStream out) throws CliException {
        GeneratorOptions options = options();
        List<Exercise> exercises;
        try {
            exercises = ExerciseGenerator.batch(args.seed, args.count, options);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--count: " + e.getMessage());
        }
        Path dir = Paths.get(args.out);
        List<Path> targets = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        // Everything is computed before anything is written, so a failure never leaves half a batch.
        for (int k = 0; k < exercises.size(); k++) {
            Exercise ex = exercises.get(k);
            Solution s = Main.solve(ex);
            String stem = "exercise-" + ExerciseGenerator.seedAt(args.seed, k);
            add(targets, texts, dir.resolve(stem + ".json"), ExerciseWriter.write(ex, true) + "\n");
            add(targets, texts, dir.resolve(stem + ".key.txt"), TextSolution.of(s));
            add(targets, texts, dir.resolve(stem + ".key.json"), SolutionJson.write(s, true) + "\n");
        }
        if (args.moodle != null) {
            // One Cloze question per seed in one category: a quiz's "random question" then gives each student one whole exercise.
            String category = "Practice " + options.format() + " (seeds " + args.seed
                    + (exercises.size() > 1 ? " to " + ExerciseGenerator.seedAt(args.seed, exercises.size() - 1) : "") + ")";
            add(targets, texts, Paths.get(args.moodle), args.perCell ? MoodleXml.of(exercises) : MoodleCloze.of(exercises, category));
        }
        if (!args.force) {
            for (Path p : targets) {
                if (Files.exists(p)) {
                    throw CliException.input(p + " already exists; pass --force to overwrite it, or choose another --out");
                }
            }
        }
        try {
            Files.createDirectories(dir);
            for (int k = 0; k < targets.size(); k++) {
                Path p = targets.get(k);
                if (p.getParent() != null) Files.createDirectories(p.getParent());
                Files.writeString(p, texts.get(k), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw CliException.input("could not write the files: " + e.getMessage());
        }
        out.println("options: " + options.format());
        out.println("wrote " + exercises.size() + " exercise" + (exercises.size() == 1 ? "" : "s")
                + " (seeds " + args.seed + (exercises.size() > 1 ? " to " + ExerciseGenerator.seedAt(args.seed, exercises.size() - 1) : "")
                + ") to " + dir + ": exercise-SEED.json, exercise-SEED.key.txt, exercise-SEED.key.json");
        if (args.moodle != null) {
            out.println("wrote the Moodle XML question bank to " + args.moodle + (args.perCell ? " (one question per cell)"
                    : " (one Cloze question per exercise)"));
        }
    }

    private GeneratorOptions options() throws CliException {
        if (args.choices == null) return GeneratorOptions.DEFAULT;
        try {
            return GeneratorOptions.parse(args.choices);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("choices '" + args.choices + "': " + e.getMessage());
        }
    }

    private static void add(List<Path> targets, List<String> texts, Path p, String text) {
        targets.add(p);
        texts.add(text);
    }
}
