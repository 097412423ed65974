package backprop.cli;

import backprop.exercise.Json;
import backprop.exercise.JsonObject;
import backprop.exercise.JsonSyntaxException;
import backprop.exercise.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A student's answers: a JSON object from cell id to what they typed. Numbers are taken exactly as
 * written in the file ("1e-3", "0.50"), so the checker sees the digits the student gave; null or ""
 * means not answered.
 */
final class AnswersFile {

    private AnswersFile() {
    }

    /** Cell id → typed text, in file order, unanswered cells left out. */
    static Map<String, String> read(String path, Collection<String> knownIds) throws CliException {
        String text = ExerciseSource.readText(path);
        if (text.trim().isEmpty()) throw CliException.input(path + ": the file is empty");
        JsonValue root;
        try {
            root = Json.parse(text);
        } catch (JsonSyntaxException e) {
            throw CliException.input(path + ": line " + e.line + ", column " + e.column
                    + ": this is not valid JSON");
        }
        if (!root.isObject()) {
            throw CliException.input(path + ": expected an object from cell id to answer, such as {\"yhat.0\": \"-1\", \"W2.0.1\": \"-1.1\"}");
        }
        JsonObject o = root.asObject();
        List<String> unknown = new ArrayList<>();
        Map<String, String> answers = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (JsonObject.Member m : o) {
            String id = m.getName();
            if (!knownIds.contains(id)) {
                unknown.add(id);
                continue;
            }
            JsonValue v = m.getValue();
            String typed;
            if (v.isString()) typed = v.asString();
            else if (v.isNumber()) typed = v.toString();
            else if (v.isNull()) typed = "";
            else throw CliException.input(path + ": " + id + ": expected the answer as text or a number, found " + kind(v));
            if (!seen.add(id)) throw CliException.input(path + ": " + id + " is answered twice");
            if (!typed.trim().isEmpty()) answers.put(id, typed);
        }
        if (!unknown.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (String id : unknown) sb.append(sb.length() == 0 ? "" : ", ").append('\'').append(id).append('\'');
            throw CliException.input(path + ": this exercise has no cell" + (unknown.size() == 1 ? " " : "s ") + sb
                    + "; 'solve' lists every cell id");
        }
        return answers;
    }

    private static String kind(JsonValue v) {
        if (v.isBoolean()) return v.asBoolean() ? "true" : "false";
        return v.isArray() ? "an array" : "an object";
    }
}
