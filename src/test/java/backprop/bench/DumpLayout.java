package backprop.bench;
import backprop.render.DiagramLayout;

import backprop.exercise.ExerciseJson;
import backprop.exercise.Presets;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.solve.Solver;

public class DumpLayout {
    public static void main(String[] a) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (var p : Presets.all()) dump(sb, DiagramLayout.of(Solver.solve(p.exercise())));
        for (int[] s : new int[][] {{2, 3, 1}, {9, 10, 10, 2}, {16, 24, 24, 8}}) {
            dump(sb, DiagramLayout.of(Solver.solve(ExerciseJson.parse(PageBenchmarkIT.exercise(s)))));
        }
        for (long seed = 1; seed < 40; seed++) dump(sb, DiagramLayout.of(Solver.solve(ExerciseGenerator.generate(seed, GeneratorOptions.DEFAULT))));
        java.nio.file.Files.writeString(java.nio.file.Path.of(a[0]), sb);
    }

    static void dump(StringBuilder sb, DiagramLayout d) {
        sb.append(d.width()).append(' ').append(d.height()).append('\n');
        for (var e : d.edges()) sb.append(e).append('\n');
        for (var n : d.nodes()) sb.append(n).append('\n');
    }
}
