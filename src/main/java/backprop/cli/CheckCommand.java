package backprop.cli;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.check.Checker;
import backprop.check.Score;
import backprop.check.Verdict;
import backprop.check.VerdictKind;
import backprop.exercise.Json;
import backprop.exercise.JsonArray;
import backprop.exercise.JsonObject;
import backprop.model.Exercise;
import backprop.notation.Names;
import backprop.notation.SymText;
import backprop.question.Question;
import backprop.question.QuestionKind;
import backprop.render.ChainText;
import backprop.render.JsonPretty;
import backprop.render.JsonValues;
import backprop.render.UpdateText;
import backprop.session.Attempt;
import backprop.session.Tally;
import backprop.solve.Solution;
import backprop.stage.Stage;
import backprop.update.ParamChange;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code check FILE.json ANSWERS.json} or {@code check --preset ID ANSWERS.json}: grades a student's answers
 * with the same checker as the page, cell by cell with the correct chain-rule product, then the score.
 * Grading that ran exits 0 whatever the score, so a batch of submissions can be scripted.
 */
final class CheckCommand {

    private CheckCommand() {
    }

    static void run(Args args, PrintStream out) throws CliException {
        int needed = args.preset != null ? 1 : 2;
        if (args.positional.size() < needed) {
            throw CliException.usage("'check' needs an exercise and an answers file: check FILE.json ANSWERS.json"
                    + " or check --preset ID ANSWERS.json");
        }
        Exercise ex = SolveCommand.load(args, "check", 1);
        String answersPath = args.positional.get(args.positional.size() - 1);
        Solution sol = Main.solve(ex);
        Checker checker = new Checker(sol);
        List<String> ids = new ArrayList<>(checker.ids());
        ids.addAll(ExpressionGrading.allowed(sol));
        AnswersFile.History history = AnswersFile.history(answersPath, ids);
        Map<String, String> answers = history.answers();
        Map<String, String> numbers = ExpressionGrading.numbers(answers);
        List<Verdict> verdicts = checker.gradeAll(numbers);
        List<ExpressionGrading.Judged> expressions = ExpressionGrading.grade(sol, answers);
        if (args.json) {
            Attempt attempt = new Attempt(checker);
            attempt.restore(numbers, history.shown(), history.feedback());
            JsonObject o = json(ex, checker, verdicts, attempt);
            if (!expressions.isEmpty()) o.add("expressions", ExpressionGrading.json(expressions));
            out.println(JsonPretty.write(o));
        } else {
            // The expressions before the score lines, so that the numbers' score stays the last line.
            out.print(text(ex, checker, verdicts, ExpressionGrading.text(expressions)));
        }
    }

    /** The word for a verdict in the output; an empty cell is "empty" rather than the page's "". */
    static String word(VerdictKind k) {
        return k == VerdictKind.EMPTY ? "empty" : k.key();
    }

    private static JsonObject json(Exercise ex, Checker checker, List<Verdict> verdicts, Attempt attempt) {
        JsonObject byStage = new JsonObject();
        for (Map.Entry<String, List<Verdict>> e : byStage(checker, verdicts).entrySet()) byStage.add(e.getKey(), score(Score.of(e.getValue())));
        JsonArray cells = new JsonArray();
        for (Verdict v : verdicts) {
            JsonObject o = new JsonObject()
                    .add("id", v.cellId())
                    .add("stage", stage(checker, v.cellId()))
                    .add("label", label(checker, v.cellId()))
                    .add("typed", v.kind() == VerdictKind.EMPTY ? Json.NULL : Json.value(v.typed()))
                    .add("verdict", word(v.kind()))
                    .add("outcome", attempt.outcome(attempt.indexOf(v.cellId())).key())
                    .add("value", JsonValues.number(v.value()))
                    .add("expected", JsonValues.number(v.expected()))
                    .add("carried", JsonValues.number(v.carried()))
                    .add("problem", JsonValues.string(v.problem()))
                    .add("hint", v.hint() == null ? Json.NULL
                            : new JsonObject().add("key", v.hint().key()).add("message", v.hint().message()));
            cells.add(o);
        }
        Tally t = attempt.tally();
        JsonObject outcomes = new JsonObject().add("first-try", t.firstTry()).add("after-feedback", t.afterFeedback())
                .add("consistent", t.consistent()).add("shown", t.shown()).add("wrong", t.wrong()).add("unanswered", t.unanswered())
                .add("total", t.total()).add("summary", t.summary());
        return new JsonObject().add("exercise", ex.title()).add("score", score(Score.of(verdicts))).add("outcomes", outcomes)
                .add("byStage", byStage).add("cells", cells);
    }

    private static JsonObject score(Score s) {
        return new JsonObject().add("correct", s.correct()).add("consistent", s.consistent())
                .add("wrong", s.wrong()).add("unreadable", s.unreadable()).add("empty", s.empty()).add("total", s.total());
    }

    /** The stage a verdict belongs to ("forward", "backward", …), or "questions" for a question. */
    static String stage(Checker checker, String id) {
        Cell c = checker.cell(id);
        return c == null ? "questions" : c.kind().stage().key();
    }

    /** Verdicts grouped by stage, stages in worksheet order, the questions last. */
    static Map<String, List<Verdict>> byStage(Checker checker, List<Verdict> verdicts) {
        Map<String, List<Verdict>> out = new LinkedHashMap<>();
        for (Stage st : Stage.values()) {
            for (Verdict v : verdicts) if (stage(checker, v.cellId()).equals(st.key())) out.computeIfAbsent(st.key(), k -> new ArrayList<>()).add(v);
        }
        for (Verdict v : verdicts) if (checker.cell(v.cellId()) == null) out.computeIfAbsent("questions", k -> new ArrayList<>()).add(v);
        return out;
    }

    private static String label(Checker checker, String id) {
        Cell c = checker.cell(id);
        return c != null ? SymText.of(c.label()) : checker.question(id).prompt();
    }

    private static String text(Exercise ex, Checker checker, List<Verdict> verdicts, String expressions) {
        StringBuilder sb = new StringBuilder();
        sb.append(ex.title()).append('\n').append("=".repeat(ex.title().length())).append('\n');
        int width = 0;
        for (Verdict v : verdicts) width = Math.max(width, v.cellId().length());
        String indent = " ".repeat(width + 4);
        for (Verdict v : verdicts) {
            Cell c = checker.cell(v.cellId());
            String label = c != null ? SymText.of(c.label()) : firstLine(checker.question(v.cellId()).prompt());
            sb.append("  ").append(pad(v.cellId(), width)).append("  ").append(label).append("  ");
            sb.append(v.kind() == VerdictKind.EMPTY ? "not answered" : "typed “" + v.typed().trim() + "”: " + word(v.kind()));
            sb.append('\n');
            if (v.problem() != null) sb.append(indent).append(v.problem()).append('\n');
            if (v.hint() != null) sb.append(indent).append(c == null ? "" : "hint: ").append(v.hint().message()).append('\n');
            sb.append(indent).append(c != null ? product(checker, c) : answer(checker.question(v.cellId()))).append('\n');
        }
        sb.append(expressions);
        for (Map.Entry<String, List<Verdict>> e : byStage(checker, verdicts).entrySet()) {
            Score st = Score.of(e.getValue());
            sb.append("  ").append(e.getKey()).append(": ").append(st.correct()).append(" correct, ").append(st.consistent())
                    .append(" consistent, ").append(st.wrong()).append(" wrong, of ").append(st.total()).append('\n');
        }
        Score s = Score.of(verdicts);
        sb.append("Score: ").append(s.correct()).append(" correct, ").append(s.consistent()).append(" consistent, ")
                .append(s.wrong()).append(" wrong, ").append(s.unreadable()).append(" unreadable, ")
                .append(s.empty()).append(" not answered, of ").append(s.total()).append(" cells\n");
        return sb.toString();
    }

    /** The right computation: the chain rule for a gradient, W′ = W − η·∂L/∂W with numbers for an update. */
    private static String product(Checker checker, Cell c) {
        if (c.kind() == CellKind.UPDATE) {
            Solution s = checker.solution();
            for (ParamChange p : s.update().changes()) {
                if (p.param().equals(c.param())) {
                    return UpdateText.of(p, s.update().learningRate(), new Names(s.exercise().network(), s.exercise().conventions()));
                }
            }
        }
        return ChainText.of(c);
    }

    private static String answer(Question q) {
        String a = q.kind() == QuestionKind.CHOICE ? q.options().get(q.rightOption()).key() + ": " + q.answerText() : q.answerText();
        return "answer: " + a + (q.explanation().isEmpty() ? "" : ". " + q.explanation());
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " …";
    }

    private static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) sb.append(' ');
        return sb.toString();
    }
}
