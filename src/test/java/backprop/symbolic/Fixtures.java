package backprop.symbolic;

import backprop.exercise.ExerciseJson;
import backprop.exercise.Presets;
import backprop.solve.Solution;
import backprop.solve.Solver;

/** The worksheets the tests judge against. */
final class Fixtures {

    private Fixtures() {
    }

    static SymbolicExercise preset(String id) {
        return SymbolicExercise.of(Solver.solve(Presets.byId(id).exercise()));
    }

    /** Worksheet 003 numbered from 0 as the sheet (and the preset) numbers it: w₀, z₀, h₀ are layer 1, the skip weight is w₃. */
    static SymbolicExercise w003sheet() {
        return preset("003-skip-connection");
    }

    /** Worksheet 003 counted from 1 (the default base): only the index base differs, no number. */
    static SymbolicExercise w003base1() {
        String json = Presets.byId("003-skip-connection").json().replace("\"conventions\": {\"reluAtZero\": 1, \"indexBase\": 0}",
                "\"conventions\": {\"reluAtZero\": 1}");
        if (json.equals(Presets.byId("003-skip-connection").json())) throw new IllegalStateException("003 changed");
        try {
            Solution sol = Solver.solve(ExerciseJson.parse(json));
            return SymbolicExercise.of(sol);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** How a text reads in an exercise, in the page's notation. */
    static String read(SymbolicExercise sx, String typed) {
        try {
            return ExprText.unicode(sx.parse(typed));
        } catch (SymbolicException e) {
            return "error: " + e.getMessage();
        }
    }

    static SymbolicException error(SymbolicExercise sx, String typed) {
        try {
            sx.parse(typed);
        } catch (SymbolicException e) {
            return e;
        }
        throw new AssertionError("read without complaint: " + typed);
    }
}
