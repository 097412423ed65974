package backprop.cli;

import backprop.model.Exercise;
import backprop.render.SolutionJson;
import backprop.render.TextSolution;
import backprop.solve.Solution;
import backprop.solve.Solver;
import java.io.PrintStream;

/** {@code solve FILE.json} or {@code solve --preset ID}: the answer key. */
final class SolveCommand {

    private SolveCommand() {
    }

    static void run(Args args, PrintStream out) throws CliException {
        Exercise ex = load(args, "solve", 0);
        Solution s = Main.solve(ex);
        if (args.json) {
            out.println(SolutionJson.write(s, true));
        } else {
            out.print(TextSolution.of(s));
        }
    }

    /**
     * The exercise named by a file path (the first positional argument) or by --preset, with
     * {@code extra} further positional arguments expected after it.
     */
    static Exercise load(Args args, String command, int extra) throws CliException {
        int files = args.positional.size() - extra;
        if (args.preset != null) {
            if (files > 0) throw CliException.usage("'" + command + "' takes an exercise file or --preset, not both");
            if (files < 0) throw CliException.usage("'" + command + "' is missing an argument");
            return ExerciseSource.preset(args.preset);
        }
        if (files < 1) throw CliException.usage("'" + command + "' needs an exercise: a file or --preset ID");
        if (files > 1) throw CliException.usage("'" + command + "' takes one exercise, found " + files + " files: "
                + String.join(" ", args.positional));
        return ExerciseSource.file(args.positional.get(0));
    }
}
