package backprop.cli;

import backprop.export.ShareLink;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.generate.StudentSeed;
import backprop.model.Exercise;
import backprop.render.SolutionJson;
import backprop.render.TextSolution;
import backprop.solve.Solution;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code key --student ID --course NAME [--opts CHOICES] [--json]}: the answer key of the exercise a class link
 * ({@code #seed-from=NAME&opts=CHOICES}) gives that student, whose seed is {@link StudentSeed#of}(NAME, ID): the same
 * exercise the page opens for that id. The key is {@code solve}'s.
 */
final class KeyCommand {

    private KeyCommand() {
    }

    static void run(List<String> raw, PrintStream out) throws CliException {
        String student = null;
        String course = null;
        String opts = null;
        boolean json = false;
        for (int k = 0; k < raw.size(); k++) {
            String s = raw.get(k);
            String name = s.startsWith("--") && s.contains("=") ? s.substring(0, s.indexOf('=')) : s;
            boolean inline = !name.equals(s);
            switch (name) {
                case "--help", "-h" -> {
                    out.print(Usage.TEXT);
                    return;
                }
                case "--json" -> json = true;
                case "--student", "--course", "--opts" -> {
                    String v = inline ? s.substring(s.indexOf('=') + 1) : k + 1 < raw.size() ? raw.get(++k) : null;
                    if (v == null || v.isEmpty()) throw CliException.usage(name + " needs a value");
                    if (name.equals("--student")) student = v;
                    else if (name.equals("--course")) course = v;
                    else opts = v;
                }
                default -> throw CliException.usage(s.startsWith("-") ? "'key' has no option " + s
                        : "'key' takes no file; give --student ID --course NAME [--opts CHOICES]");
            }
        }
        if (student == null || course == null) throw CliException.usage("'key' needs --student ID and --course NAME (the class link's seed-from=…)");
        String problem = ShareLink.nameProblem(course, "class name (--course)");
        if (problem == null) problem = ShareLink.nameProblem(student, "student id (--student)");
        if (problem != null) throw CliException.input(problem);
        GeneratorOptions options = GeneratorOptions.DEFAULT;
        if (opts != null) {
            try {
                options = GeneratorOptions.parse(opts);
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--opts '" + opts + "': " + e.getMessage());
            }
        }
        long seed = StudentSeed.of(course, student);
        Exercise ex;
        try {
            ex = ExerciseGenerator.generate(seed, options);
        } catch (RuntimeException e) {
            throw CliException.input("seed " + seed + " with these options makes no exercise: " + e.getMessage());
        }
        Solution s = Main.solve(ex);
        if (json) {
            out.println(SolutionJson.write(s, true));
            return;
        }
        out.println("student " + StudentSeed.normalise(student) + " in class " + course + ": seed " + seed + ", options " + options.format());
        out.println("link: " + ShareLink.forStudent(course, student, options));
        out.println();
        out.print(TextSolution.of(s));
    }
}
