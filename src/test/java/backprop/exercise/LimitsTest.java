package backprop.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.export.ShareLink;
import backprop.model.Activation;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Network;
import backprop.model.Skip;
import backprop.random.Prng;
import backprop.solve.Solver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The caps of {@link Limits}: each refusal names the field and the limit, and the benchmark's largest exercise stays allowed. */
class LimitsTest {

    /** A file of a dense net with the given widths (input first), every weight 0.01, biases 0 when asked. */
    static String net(boolean bias, boolean local, int... widths) {
        StringBuilder sb = new StringBuilder("{\"title\": \"t\", \"loss\": \"half-sum-squared\", \"learningRate\": 0.1, ");
        if (local) sb.append("\"localDerivatives\": true, ");
        sb.append("\"input\": ").append(ones(widths[0])).append(", \"target\": ").append(ones(widths[widths.length - 1]));
        sb.append(", \"layers\": [");
        for (int l = 1; l < widths.length; l++) {
            if (l > 1) sb.append(", ");
            sb.append("{\"activation\": \"relu\", \"weights\": [");
            for (int j = 0; j < widths[l]; j++) sb.append(j > 0 ? ", " : "").append(row(widths[l - 1]));
            sb.append("]");
            if (bias) sb.append(", \"bias\": ").append(zeros(widths[l]));
            sb.append("}");
        }
        return sb.append("]}").toString();
    }

    private static String ones(int n) {
        return "[" + "1, ".repeat(n - 1) + "1]";
    }

    private static String zeros(int n) {
        return "[" + "0, ".repeat(n - 1) + "0]";
    }

    private static String row(int n) {
        return "[" + "0.01, ".repeat(n - 1) + "0.01]";
    }

    private static ExerciseException refused(String json) {
        return assertThrows(ExerciseException.class, () -> ExerciseJson.parse(json));
    }

    @Test
    void countsAreWrittenWithThousandsSeparators() {
        assertEquals("0", Limits.count(0));
        assertEquals("999", Limits.count(999));
        assertEquals("1,600", Limits.count(1600));
        assertEquals("262,144", Limits.count(262_144));
        assertEquals("1,000,000", Limits.count(1_000_000));
        assertEquals("-12,345", Limits.count(-12_345));
    }

    @Test
    void theBenchmarksLargestExerciseIsAllowed() throws ExerciseException {
        // 16-24-24-8 with biases: W 384 + 576 + 192 = 1,152, b 56, so 1,208 parameters;
        // cells ∂L/∂ŷ 8 + ∂L/∂z 56 + ∂L/∂a 48 + ∂L/∂W 1,152 + ∂L/∂b 56 = 1,320
        Exercise ex = ExerciseJson.parse(net(true, false, 16, 24, 24, 8));
        assertEquals(1208, ExerciseRules.parameters(ex.network()));
        assertEquals(1320, ExerciseRules.cells(ex.network(), false));
        assertEquals(1320, Solver.solve(ex).backward().cells().size());
    }

    @Test
    void tooManyUnitsAreRefusedBeforeTheirNumbersAreRead() {
        ExerciseException e = refused(net(false, false, 40, 40, 40, 1));
        assertEquals("input", e.where());
        assertEquals("40 values; at most 32 (a layer has at most 32 units)", e.problem());
        e = refused(net(false, false, 2, 40, 1));
        assertEquals("layers[0].weights: 40 units; at most 32 in a layer", e.getMessage());
        e = refused(net(false, false, 2, 3, 33));
        assertEquals("layers[1].weights: 33 units; at most 32 in a layer", e.getMessage());
    }

    @Test
    void tooManyParametersAreNamedAtTheLayerThatPassesTheCap() {
        // 32-32-32-1 with biases: 1,056 parameters into layer 1, 2,112 with layer 2
        ExerciseException e = refused(net(true, false, 32, 32, 32, 1));
        assertEquals("layers[1].weights: 2,112 parameters (weights and biases) up to this layer; at most 1,300 in an exercise", e.getMessage());
    }

    @Test
    void tooManyCellsAreRefused() {
        // 16-24-24-8 asking for local derivatives as well: layer 3 alone adds 24 ∂a/∂z and 576 + 576 ∂z/∂W, ∂z/∂a
        ExerciseException e = refused(net(true, true, 16, 24, 24, 8));
        assertEquals("layers[1]", e.where());
        assertTrue(e.problem().contains("gradient cells up to this layer; at most 1,400 in an exercise"), e.problem());
    }

    @Test
    void tooManyLayers() {
        ExerciseException e = refused(net(false, false, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1));
        assertEquals("layers: 9 layers; at most 8 in an exercise", e.getMessage());
        int[] widths = new int[201];
        java.util.Arrays.fill(widths, 2);
        assertEquals("layers: 200 layers; at most 8 in an exercise", refused(net(false, false, widths)).getMessage());
    }

    @Test
    void longTextsAndManyNotes() {
        String ok = net(true, false, 2, 3, 1);
        ExerciseException e = refused(ok.replace("\"title\": \"t\"", "\"title\": \"" + "t".repeat(1001) + "\""));
        assertEquals("title: 1,001 characters; at most 1,000", e.getMessage());
        e = refused(ok.replace("\"title\": \"t\"", "\"title\": \"t\", \"description\": \"" + "d".repeat(4001) + "\""));
        assertEquals("description: 4,001 characters; at most 4,000", e.getMessage());
        e = refused(ok.replace("\"title\": \"t\"", "\"title\": \"t\", \"notes\": [\"ok\", \"" + "n".repeat(4001) + "\"]"));
        assertEquals("notes[1]: 4,001 characters; at most 4,000", e.getMessage());
        e = refused(ok.replace("\"title\": \"t\"", "\"title\": \"t\", \"notes\": [" + "\"n\", ".repeat(20) + "\"n\"]"));
        assertEquals("notes: 21 notes; at most 20 in an exercise", e.getMessage());
    }

    @Test
    void anEditedExerciseMayCarryOneNoteMore() throws ExerciseException {
        List<String> notes = new ArrayList<>();
        for (int k = 0; k < Limits.NOTES; k++) notes.add("note " + k);
        Exercise w = Presets.byId("004-relu-231").exercise();
        Exercise full = new Exercise(w.title(), w.description(), notes, w.network(), w.input(), w.target(), w.loss(),
                w.learningRate(), w.conventions(), w.localDerivatives(), w.tolerance());
        ExerciseRules.check(full);
        ExerciseDraft d = ExerciseDraft.of(full);
        d.set("learningRate", "0.2");
        Exercise edited = d.check();
        assertEquals(Limits.NOTES + 1, edited.notes().size());
        ExerciseJson.parse(ExerciseWriter.write(edited, false));
    }

    @Test
    void aFileTooLargeIsRefusedBeforeItIsRead() {
        String big = "{\"title\": \"" + "x".repeat(Limits.FILE_BYTES) + "\"}";
        ExerciseException e = refused(big);
        assertEquals("", e.where());
        assertEquals("the file is 262,157 characters; at most 262,144", e.problem());
        byte[] bytes = new byte[300_000];
        ExerciseException b = assertThrows(ExerciseException.class, () -> ExerciseJson.parse(bytes));
        assertEquals("the file is 300,000 bytes; at most 262,144", b.problem());
    }

    @Test
    void aLinkTooLongIsRefusedBeforeItIsDecoded() {
        ShareLink.Invalid inv = assertInstanceOf(ShareLink.Invalid.class, ShareLink.decode("#ex=" + "A".repeat(1_000_000)));
        assertEquals("the link is too long: 1,000,004 characters; at most 20,000 in a link", inv.message());
    }

    @Test
    void theEditorCannotGrowAnExercisePastTheCaps() {
        // 16-24-24-8 from a file: layer 3 (8 units) grown to 10 adds 2·24 weights, 2 biases: 1,258 parameters, allowed;
        // then layer 1 (24 units, above the editor's 10) keeps its width when its own text is set again
        ExerciseDraft d;
        try {
            d = ExerciseDraft.of(ExerciseJson.parse(net(true, false, 16, 24, 24, 8)));
        } catch (ExerciseException e) {
            throw new AssertionError(e);
        }
        assertEquals(null, d.set("layers[0].size", "24"));
        assertEquals(null, d.set("layers[2].size", "10"));
        assertEquals(1258, ExerciseRules.parameters(d.unchecked().network()));
    }

    @Test
    void cellsAreCountedAsTheBackwardPassBuildsThem() throws ExerciseException {
        // the count that limits an exercise before it is solved is the one the solver then builds, for every preset
        for (Presets.Preset p : Presets.all()) {
            Exercise ex = p.exercise();
            assertEquals(Solver.solve(ex).backward().cells().size(), ExerciseRules.cells(ex.network(), ex.localDerivatives()), p.id());
        }
        // and random nets with skips, softmax outputs and local derivatives
        Prng rng = new Prng(20260413L);
        for (int t = 0; t < 200; t++) {
            int depth = 1 + rng.nextInt(4);
            int[] w = new int[depth + 1];
            for (int l = 0; l <= depth; l++) w[l] = 1 + rng.nextInt(4);
            boolean soft = w[depth] >= 2 && rng.nextBoolean();
            List<Layer> layers = new ArrayList<>();
            for (int l = 1; l <= depth; l++) {
                List<Skip> skips = new ArrayList<>();
                if (l >= 3 && rng.nextBoolean()) skips.add(new Skip(rng.nextInt(l - 1), fill(w[l], w[skips.isEmpty() ? 0 : 0])));
                if (!skips.isEmpty()) skips.set(0, new Skip(skips.get(0).from(), fill(w[l], w[skips.get(0).from()])));
                Activation act = l == depth && soft ? Activation.SOFTMAX : Activation.TANH;
                layers.add(new Layer(w[l], act, fill(w[l], w[l - 1]), rng.nextBoolean() ? new double[w[l]] : null, skips, null, null));
            }
            double[] x = new double[w[0]];
            double[] y = new double[w[depth]];
            java.util.Arrays.fill(x, 0.5);
            y[0] = 1;
            boolean local = rng.nextBoolean();
            Exercise ex = new Exercise("t", "", List.of(), new Network(w[0], layers), x, y,
                    soft ? backprop.model.Loss.CATEGORICAL_CROSS_ENTROPY : backprop.model.Loss.HALF_SUM_SQUARED, 0.1,
                    backprop.model.Conventions.DEFAULT, local, backprop.model.Tolerance.DEFAULT);
            ExerciseRules.check(ex);
            assertEquals(Solver.solve(ex).backward().cells().size(), ExerciseRules.cells(ex.network(), local), "net " + t);
        }
    }

    private static double[][] fill(int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] r : m) java.util.Arrays.fill(r, 0.1);
        return m;
    }
}
