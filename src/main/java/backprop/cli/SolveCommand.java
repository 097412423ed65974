package backprop.cli;

import backprop.model.Exercise;
import backprop.render.SolutionJson;
import backprop.render.TextSolution;
import backprop.solve.Solution;
import backprop.solve.Solver;
import backprop.notation.Num;
import backprop.notation.SymText;
import backprop.render.JsonPretty;
import backprop.render.JsonValues;
import backprop.symbolic.AskedExpressions;
import backprop.symbolic.SymbolicExercise;
import backprop.symbolic.SymbolicVerdict;
import java.io.PrintStream;
import java.util.List;

/** {@code solve FILE.json} or {@code solve --preset ID}: the answer key. */
final class SolveCommand {

    private SolveCommand() {
    }

    static void run(Args args, PrintStream out) throws CliException {
        Exercise ex = load(args, "solve", 0);
        Solution s = Main.solve(ex);
        if (args.json) {
            backprop.exercise.JsonObject o = SolutionJson.of(s);
            List<String> asked = AskedExpressions.ids(s);
            if (!asked.isEmpty()) o.add("expressions", expressionsJson(s, asked));
            out.println(JsonPretty.write(o));
        } else {
            out.print(TextSolution.of(s));
            out.print(expressionsText(s));
        }
    }

    /**
     * The cells asked as expressions, each with its chain-rule expression in the page's notation and in ASCII:
     * {@code expr.a1.0  ∂L/∂a⁽¹⁾ = δ⁽²⁾ · w⁽²⁾ + δ⁽³⁾ · w⁽³←¹⁾   (ASCII: dL/dz1 * w1 + dL/dz2 * w3)}.
     */
    static String expressionsText(Solution s) {
        List<String> asked = AskedExpressions.ids(s);
        if (asked.isEmpty()) return "";
        SymbolicExercise sx = SymbolicExercise.of(s);
        int width = 0;
        for (String id : asked) width = Math.max(width, id.length());
        StringBuilder sb = new StringBuilder("\nExpressions asked (each before its number)\n");
        for (String id : asked) {
            String cell = AskedExpressions.cellOf(id);
            SymbolicVerdict v = sx.judge(cell, "");
            sb.append("  ").append(id).append(" ".repeat(width - id.length())).append("  ").append(sx.text(cell))
                    .append(" = ").append(Num.format(v.value())).append("   (ASCII: ").append(v.trueAscii()).append(")\n");
        }
        return sb.toString();
    }

    private static backprop.exercise.JsonArray expressionsJson(Solution s, List<String> asked) {
        SymbolicExercise sx = SymbolicExercise.of(s);
        backprop.exercise.JsonArray a = backprop.exercise.Json.array();
        for (String id : asked) {
            String cell = AskedExpressions.cellOf(id);
            SymbolicVerdict v = sx.judge(cell, "");
            a.add(backprop.exercise.Json.object().add("id", id).add("cell", cell)
                    .add("label", SymText.of(s.backward().cell(cell).label()))
                    .add("expression", v.trueExpression()).add("ascii", v.trueAscii())
                    .add("value", JsonValues.number(v.value())));
        }
        return a;
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
