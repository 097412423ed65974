package backprop.cli;

import backprop.export.MoodleCloze;
import backprop.export.MoodleXml;
import backprop.model.Exercise;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code moodle [--per-cell] FILE.json} or {@code moodle [--per-cell] --preset ID}: one exercise as a Moodle XML
 * question bank, on stdout: one Cloze question holding every asked cell, or with {@code --per-cell} one question per cell.
 */
final class MoodleCommand {

    private MoodleCommand() {
    }

    static void run(List<String> raw, PrintStream out) throws CliException {
        List<String> rest = new ArrayList<>();
        boolean perCell = false;
        boolean options = true;
        for (String s : raw) {
            if (s.equals("--")) options = false;
            if (options && s.equals("--per-cell")) perCell = true;
            else rest.add(s);
        }
        Args args = Args.parse(rest, "moodle", true);
        if (args.help) {
            out.print(Usage.TEXT);
            return;
        }
        if (args.json) throw CliException.usage("'moodle' writes XML; it has no --json");
        Exercise ex = SolveCommand.load(args, "moodle", 0);
        // Solved first so that an exercise that cannot be solved is reported as bad input, not half written.
        Main.solve(ex);
        out.print(perCell ? MoodleXml.of(List.of(ex), MoodleCommand::expression) : MoodleCloze.of(ex, MoodleCommand::expression));
    }

    /** ∂L/∂z⁽²⁾ = ∂L/∂ŷ · ReLU′(z⁽²⁾) (ASCII: dL/dyhat * relu'(z2)) for a cell asked as an expression, else null. */
    static String expression(backprop.solve.Solution s, backprop.backward.Cell c) {
        if (!backprop.symbolic.AskedExpressions.ids(s).contains(backprop.symbolic.AskedExpressions.PREFIX + c.id())) return null;
        backprop.symbolic.SymbolicExercise sx = backprop.symbolic.SymbolicExercise.of(s);
        return sx.text(c.id()) + " (typed: " + sx.judge(c.id(), "").trueAscii() + ")";
    }
}
