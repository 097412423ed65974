package backprop.cli;

import backprop.backward.Cell;
import backprop.notation.Num;
import backprop.notation.SymText;
import backprop.render.JsonValues;
import backprop.solve.Solution;
import backprop.symbolic.AskedExpressions;
import backprop.symbolic.SymbolicExercise;
import backprop.symbolic.SymbolicKind;
import backprop.symbolic.SymbolicVerdict;
import backprop.exercise.Json;
import backprop.exercise.JsonArray;
import backprop.exercise.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expression answers of an answers file ({@code "expr.z2.0": "(a2 - y) * relu'(z2)"}), judged by the symbolic
 * core: the exercise's asked expressions, and any other gradient cell the file answers as an expression. Their
 * verdicts are counted apart from the numbers' score, which stays the page's.
 */
final class ExpressionGrading {

    /** One judged expression: the answer id, the cell it is about, and the core's verdict. */
    record Judged(String id, Cell cell, String typed, SymbolicVerdict verdict) {
    }

    private ExpressionGrading() {
    }

    /** Every id an answers file may give an expression for: expr. and any gradient cell of the backward pass. */
    static List<String> allowed(Solution sol) {
        List<String> out = new ArrayList<>();
        for (Cell c : sol.backward().cells()) {
            if (c.kind() != backprop.backward.CellKind.LOCAL) out.add(AskedExpressions.PREFIX + c.id());
        }
        return out;
    }

    /** The asked expressions first, in worksheet order, then any other expression the file answers. */
    static List<Judged> grade(Solution sol, Map<String, String> answers) {
        List<String> ids = new ArrayList<>(AskedExpressions.ids(sol));
        for (String id : answers.keySet()) if (AskedExpressions.cellOf(id) != null && !ids.contains(id)) ids.add(id);
        List<Judged> out = new ArrayList<>();
        if (ids.isEmpty()) return out;
        SymbolicExercise sx = SymbolicExercise.of(sol);
        for (String id : ids) {
            String cellId = AskedExpressions.cellOf(id);
            out.add(new Judged(id, sol.backward().cell(cellId), answers.get(id), sx.judge(cellId, answers.get(id))));
        }
        return out;
    }

    /** The numeric answers alone, for the checker (an expression is no number a later cell could carry). */
    static Map<String, String> numbers(Map<String, String> answers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : answers.entrySet()) {
            if (AskedExpressions.cellOf(e.getKey()) == null) out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    static String word(SymbolicKind k) {
        return k == SymbolicKind.EMPTY ? "empty" : k.key();
    }

    /** How many got each verdict: correct, right-number, wrong, unreadable, empty, total. */
    static int[] counts(List<Judged> judged) {
        int[] n = new int[6];
        for (Judged j : judged) {
            SymbolicKind k = j.verdict().kind();
            n[k == SymbolicKind.CORRECT ? 0 : k == SymbolicKind.RIGHT_NUMBER ? 1 : k == SymbolicKind.WRONG ? 2
                    : k == SymbolicKind.UNREADABLE ? 3 : 4]++;
        }
        n[5] = judged.size();
        return n;
    }

    static JsonObject json(List<Judged> judged) {
        int[] n = counts(judged);
        JsonObject score = new JsonObject().add("correct", n[0]).add("rightNumber", n[1]).add("wrong", n[2])
                .add("unreadable", n[3]).add("empty", n[4]).add("total", n[5]);
        JsonArray cells = new JsonArray();
        for (Judged j : judged) {
            SymbolicVerdict v = j.verdict();
            cells.add(new JsonObject()
                    .add("id", j.id())
                    .add("cell", j.cell().id())
                    .add("label", SymText.of(j.cell().label()))
                    .add("typed", v.kind() == SymbolicKind.EMPTY ? Json.NULL : Json.value(j.typed()))
                    .add("verdict", word(v.kind()))
                    .add("readAs", JsonValues.string(v.readAs()))
                    .add("value", JsonValues.number(v.typedValue()))
                    .add("expected", JsonValues.number(v.value()))
                    .add("expression", v.trueExpression())
                    .add("ascii", v.trueAscii())
                    .add("message", JsonValues.string(v.message()))
                    .add("hint", v.hintKey() == null ? Json.NULL : Json.value(v.hintKey())));
        }
        return new JsonObject().add("score", score).add("cells", cells);
    }

    static String text(List<Judged> judged) {
        if (judged.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("Expressions\n");
        int width = 0;
        for (Judged j : judged) width = Math.max(width, j.id().length());
        String indent = " ".repeat(width + 4);
        for (Judged j : judged) {
            SymbolicVerdict v = j.verdict();
            String typed = j.typed();
            sb.append("  ").append(j.id()).append(" ".repeat(width - j.id().length())).append("  ")
                    .append(SymText.of(j.cell().label())).append(" as an expression  ")
                    .append(v.kind() == SymbolicKind.EMPTY ? "not answered" : "typed “" + typed.trim() + "”: " + word(v.kind()))
                    .append('\n');
            if (v.readAs() != null && v.kind() != SymbolicKind.CORRECT) sb.append(indent).append("read as ").append(v.readAs()).append('\n');
            if (v.message() != null) sb.append(indent).append(v.message()).append('\n');
            sb.append(indent).append(SymText.of(j.cell().label())).append(" = ").append(v.trueExpression()).append(" = ")
                    .append(Num.format(v.value())).append("   (ASCII: ").append(v.trueAscii()).append(")\n");
        }
        int[] n = counts(judged);
        sb.append("Expressions: ").append(n[0]).append(" correct, ").append(n[1]).append(" right number but wrong expression, ")
                .append(n[2]).append(" wrong, ").append(n[3]).append(" unreadable, ").append(n[4]).append(" not answered, of ")
                .append(n[5]).append('\n');
        return sb.toString();
    }
}
