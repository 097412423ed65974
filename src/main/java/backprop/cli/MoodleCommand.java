package backprop.cli;

import backprop.export.MoodleXml;
import backprop.model.Exercise;
import java.io.PrintStream;

/** {@code moodle FILE.json} or {@code moodle --preset ID}: one exercise as a Moodle XML question bank, on stdout. */
final class MoodleCommand {

    private MoodleCommand() {
    }

    static void run(Args args, PrintStream out) throws CliException {
        if (args.json) throw CliException.usage("'moodle' writes XML; it has no --json");
        Exercise ex = SolveCommand.load(args, "moodle", 0);
        // Solved first so that an exercise that cannot be solved is reported as bad input, not half written.
        Main.solve(ex);
        out.print(MoodleXml.of(java.util.List.of(ex), MoodleCommand::expression));
    }

    /** ∂L/∂z⁽²⁾ = ∂L/∂ŷ · ReLU′(z⁽²⁾) (ASCII: dL/dyhat * relu'(z2)) for a cell asked as an expression, else null. */
    static String expression(backprop.solve.Solution s, backprop.backward.Cell c) {
        if (!backprop.symbolic.AskedExpressions.ids(s).contains(backprop.symbolic.AskedExpressions.PREFIX + c.id())) return null;
        backprop.symbolic.SymbolicExercise sx = backprop.symbolic.SymbolicExercise.of(s);
        return sx.text(c.id()) + " (typed: " + sx.judge(c.id(), "").trueAscii() + ")";
    }
}
