package backprop.exercise;

import backprop.notation.TextList;
import backprop.question.Counted;
import backprop.question.Option;
import backprop.question.Question;
import backprop.question.QuestionKind;
import backprop.stage.Stage;
import backprop.stage.Stages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of an exercise file that say what is asked: {@code "stages"} (which stages of the worksheet the
 * student answers) and {@code "questions"} (counts and choices). Read with the same care as the rest of the
 * file: every problem names its path. Written back only where they differ from the defaults, so an old file
 * reads and writes as it always did.
 */
final class SheetJson {

    static final List<String> QUESTION = List.of("id", "kind", "prompt", "counts", "answer", "options", "explanation", "first");
    static final List<String> OPTION = List.of("key", "text", "right", "feedback");
    /** More questions or options than this is no worksheet. */
    static final int MAX_QUESTIONS = 50;
    static final int MAX_OPTIONS = 12;
    static final int MAX_TEXT = 2000;

    private SheetJson() {
    }

    /**
     * The stages from {@code "stages"}; without it, the defaults of files written before stages existed
     * (the backward pass and the update, with the local derivatives when {@code localDerivatives} is set).
     * Where both are given, {@code localDerivatives: true} adds the local derivatives.
     */
    static Stages stages(JsonValue v, boolean local) throws ExerciseException {
        if (v == null || v.isNull()) return Stages.defaults(local);
        if (!v.isArray()) throw new ExerciseException("stages", "expected an array of stage names (" + Stage.keys() + "), found " + kind(v));
        JsonArray a = v.asArray();
        Stages s = Stages.of();
        for (int i = 0; i < a.size(); i++) {
            String at = "stages[" + i + "]";
            if (!a.get(i).isString()) throw new ExerciseException(at, "expected a stage name, found " + kind(a.get(i)));
            Stage st = Stage.fromKey(a.get(i).asString());
            if (st == null) throw new ExerciseException(at, "unknown stage '" + shorten(a.get(i).asString()) + "'; use " + Stage.keys());
            if (s.asks(st)) throw new ExerciseException(at, "the stage '" + st.key() + "' is listed twice");
            s = s.with(st);
        }
        if (local) s = s.with(Stage.LOCAL);
        return s;
    }

    /**
     * {@code "symbolic"}: the cells asked as an expression, by id, or "backward" for the whole backward pass.
     * Only the form is read here; which ids this network has is a rule ({@link ExerciseRules}).
     */
    static List<String> symbolic(JsonValue v) throws ExerciseException {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (!v.isArray()) throw new ExerciseException("symbolic", "expected an array of cell ids, found " + kind(v));
        JsonArray a = v.asArray();
        if (a.size() > Limits.CELLS) throw new ExerciseException("symbolic", Limits.over(a.size(), "entries", Limits.CELLS, "(one per cell)"));
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).isString()) throw new ExerciseException("symbolic[" + i + "]", "expected a cell id, found " + kind(a.get(i)));
            out.add(a.get(i).asString());
        }
        return out;
    }

    static void writeSymbolic(JsonObject o, List<String> symbolic) {
        if (symbolic.isEmpty()) return;
        JsonArray a = new JsonArray();
        for (String id : symbolic) a.add(id);
        o.add("symbolic", a);
    }

    static List<Question> questions(JsonValue v) throws ExerciseException {
        List<Question> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (!v.isArray()) throw new ExerciseException("questions", "expected an array of questions, found " + kind(v));
        JsonArray a = v.asArray();
        if (a.size() > MAX_QUESTIONS) throw new ExerciseException("questions", "has " + a.size() + " questions; at most " + MAX_QUESTIONS + " are allowed");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            Question q = question(a.get(i), "questions[" + i + "]");
            if (!ids.add(q.id())) throw new ExerciseException("questions[" + i + "].id", "the id '" + q.id() + "' is used twice");
            out.add(q);
        }
        return out;
    }

    private static Question question(JsonValue v, String at) throws ExerciseException {
        if (!v.isObject()) throw new ExerciseException(at, "expected a question {\"id\": \"q.…\", \"kind\": …}, found " + kind(v));
        JsonObject o = v.asObject();
        for (String name : o.names()) {
            if (!TextList.has(QUESTION, name)) {
                throw new ExerciseException(at + "." + name, "unknown field '" + shorten(name) + "' (known fields: " + String.join(", ", QUESTION) + ")");
            }
        }
        String id = text(o, "id", at, true);
        if (!id.startsWith("q.") || id.length() < 3 || id.contains(" ")) {
            throw new ExerciseException(at + ".id", "a question's id is q. and a name without spaces, as in q.count-weights; found '" + shorten(id) + "'");
        }
        String kindKey = text(o, "kind", at, true);
        QuestionKind kind = QuestionKind.fromKey(kindKey);
        if (kind == null) throw new ExerciseException(at + ".kind", "unknown kind '" + shorten(kindKey) + "'; use count or choice");
        String prompt = text(o, "prompt", at, true);
        String explanation = text(o, "explanation", at, false);
        boolean first = false;
        JsonValue f = o.get("first");
        if (f != null && !f.isNull()) {
            if (!f.isBoolean()) throw new ExerciseException(at + ".first", "expected true or false, found " + kind(f));
            first = f.asBoolean();
        }
        if (kind == QuestionKind.COUNT) return count(o, at, id, prompt, explanation, first);
        if (o.get("counts") != null || o.get("answer") != null) {
            throw new ExerciseException(at, "a choice has options, not 'counts' or 'answer'");
        }
        JsonValue ov = o.get("options");
        if (ov == null || !ov.isArray()) throw new ExerciseException(at + ".options", "a choice needs an array of options {\"key\", \"text\", \"right\", \"feedback\"}");
        JsonArray oa = ov.asArray();
        if (oa.size() < 2) throw new ExerciseException(at + ".options", "a choice needs at least two options, found " + oa.size());
        if (oa.size() > MAX_OPTIONS) throw new ExerciseException(at + ".options", "has " + oa.size() + " options; at most " + MAX_OPTIONS + " are allowed");
        List<Option> options = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int right = 0;
        for (int k = 0; k < oa.size(); k++) {
            String oat = at + ".options[" + k + "]";
            if (!oa.get(k).isObject()) throw new ExerciseException(oat, "expected an option {\"key\", \"text\", \"right\", \"feedback\"}, found " + kind(oa.get(k)));
            JsonObject oo = oa.get(k).asObject();
            for (String name : oo.names()) {
                if (!TextList.has(OPTION, name)) {
                    throw new ExerciseException(oat + "." + name, "unknown field '" + shorten(name) + "' (known fields: " + String.join(", ", OPTION) + ")");
                }
            }
            String key = text(oo, "key", oat, true);
            if (key.contains(" ")) throw new ExerciseException(oat + ".key", "an option's key is one word (it is what an answers file names), found '" + shorten(key) + "'");
            if (!keys.add(key)) throw new ExerciseException(oat + ".key", "the key '" + shorten(key) + "' is used twice");
            boolean isRight = false;
            JsonValue r = oo.get("right");
            if (r != null && !r.isNull()) {
                if (!r.isBoolean()) throw new ExerciseException(oat + ".right", "expected true or false, found " + kind(r));
                isRight = r.asBoolean();
            }
            if (isRight) right++;
            options.add(new Option(key, text(oo, "text", oat, true), isRight, text(oo, "feedback", oat, false)));
        }
        if (right != 1) throw new ExerciseException(at + ".options", "exactly one option must be right (\"right\": true), found " + right);
        return Question.choice(id, prompt, options, explanation, first);
    }

    private static Question count(JsonObject o, String at, String id, String prompt, String explanation, boolean first)
            throws ExerciseException {
        if (o.get("options") != null) throw new ExerciseException(at + ".options", "a count has no options");
        JsonValue c = o.get("counts");
        JsonValue n = o.get("answer");
        if ((c == null) == (n == null)) {
            throw new ExerciseException(at, "a count needs either 'counts' (" + Counted.keys() + ": the solver counts them) or 'answer' (a whole number), not both");
        }
        if (c != null) {
            if (!c.isString() || Counted.fromKey(c.asString()) == null) {
                throw new ExerciseException(at + ".counts", "expected one of " + Counted.keys() + ", found " + (c.isString() ? "'" + shorten(c.asString()) + "'" : kind(c)));
            }
            return Question.count(id, prompt, Counted.fromKey(c.asString()), explanation, first);
        }
        double d = n.isNumber() ? JsonNumbers.read(n) : Double.NaN;
        if (d != Math.rint(d) || d < 0 || d > 1e9) {
            throw new ExerciseException(at + ".answer", "expected a whole number ≥ 0, found " + kind(n));
        }
        return new Question(id, QuestionKind.COUNT, prompt, List.of(), null, (int) d, explanation, first);
    }

    private static String text(JsonObject o, String name, String at, boolean required) throws ExerciseException {
        JsonValue v = o.get(name);
        if (v == null || v.isNull()) {
            if (required) throw new ExerciseException(at + "." + name, "is required");
            return "";
        }
        if (!v.isString()) throw new ExerciseException(at + "." + name, "expected a string, found " + kind(v));
        String s = v.asString();
        if (required && s.trim().isEmpty()) throw new ExerciseException(at + "." + name, "must not be empty");
        if (s.length() > MAX_TEXT) throw new ExerciseException(at + "." + name, "is " + s.length() + " characters long; at most " + MAX_TEXT + " are allowed");
        return s;
    }

    /** Adds "stages" where they differ from what an old file means (the local derivatives stay "localDerivatives"). */
    static void writeStages(JsonObject o, Stages stages) {
        if (stages.without(Stage.LOCAL).equals(Stages.DEFAULT)) return;
        JsonArray a = new JsonArray();
        for (String k : stages.without(Stage.LOCAL).keys()) a.add(k);
        o.add("stages", a);
    }

    static void writeQuestions(JsonObject o, List<Question> questions) {
        if (questions.isEmpty()) return;
        JsonArray qs = new JsonArray();
        for (Question q : questions) {
            JsonObject j = new JsonObject().add("id", q.id()).add("kind", q.kind().key()).add("prompt", q.prompt());
            if (q.kind() == QuestionKind.COUNT) {
                if (q.counted() != null) j.add("counts", q.counted().key());
                else j.add("answer", q.answer());
            } else {
                JsonArray opts = new JsonArray();
                for (Option op : q.options()) {
                    JsonObject jo = new JsonObject().add("key", op.key()).add("text", op.text());
                    if (op.right()) jo.add("right", true);
                    if (!op.feedback().isEmpty()) jo.add("feedback", op.feedback());
                    opts.add(jo);
                }
                j.add("options", opts);
            }
            if (!q.explanation().isEmpty()) j.add("explanation", q.explanation());
            if (q.first()) j.add("first", true);
            qs.add(j);
        }
        o.add("questions", qs);
    }

    private static String kind(JsonValue v) {
        return ExerciseJson.kind(v);
    }

    private static String shorten(String s) {
        return ExerciseJson.shorten(s);
    }
}
