package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import org.junit.jupiter.api.Test;

/** solve --json: the documented fields, with values worked out by hand. */
class SolveJsonTest {

    private static final double EPS = 1e-12;

    private static JsonObject solve(String preset) {
        CliRun r = CliRun.of("solve", "--json", "--preset", preset);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        return Json.parse(r.out()).asObject();
    }

    private static JsonObject find(JsonArray a, String key, String value) {
        for (JsonValue v : a) if (v.asObject().getString(key, "").equals(value)) return v.asObject();
        throw new AssertionError("no entry with " + key + " = " + value);
    }

    private static void assertVector(double[] expected, JsonValue actual) {
        JsonArray a = actual.asArray();
        assertEquals(expected.length, a.size(), actual.toString());
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], a.get(i).asDouble(), EPS, actual.toString());
    }

    @Test
    void worksheet004HasEveryDocumentedField() {
        JsonObject o = solve("004-relu-231");
        for (String k : new String[] {"format", "title", "description", "notes", "loss", "conventions", "forward",
            "warnings", "dYhat", "gradients", "cells", "update", "structure"}) {
            assertTrue(o.get(k) != null, "missing " + k);
        }
        assertEquals("backprop-tutor/solution@1", o.getString("format", ""));
        assertEquals("half-sum-squared", o.get("loss").asObject().getString("name", ""));
        assertEquals("½Σ(y − ŷ)²", o.get("loss").asObject().getString("formula", ""));
        JsonObject conv = o.get("conventions").asObject();
        assertEquals("neuron-rows", conv.getString("weightLayout", ""));
        assertEquals(0, conv.getInt("indexBase", -1));
        assertEquals(0.0, conv.getDouble("reluAtZero", -1), 0.0);
        assertTrue(conv.get("frozen").asArray().isEmpty());
        assertTrue(o.get("warnings").asArray().isEmpty());

        JsonObject fwd = o.get("forward").asObject();
        assertVector(new double[] {1, 2}, fwd.get("input"));
        assertVector(new double[] {1.5}, fwd.get("target"));
        JsonObject l1 = fwd.get("layers").asArray().get(0).asObject();
        assertEquals(1, l1.getInt("layer", -1));
        assertEquals("relu", l1.getString("activation", ""));
        assertVector(new double[] {-0.5, 1.1, 1.8}, l1.get("z"));
        assertVector(new double[] {0, 1.1, 1.8}, l1.get("a"));
        assertFalse(l1.getBoolean("given", true));
        assertVector(new double[] {0.5}, fwd.get("yhat"));
        assertEquals(0.5, fwd.getDouble("loss", 0), EPS);

        assertVector(new double[] {-1}, o.get("dYhat"));
        JsonArray grads = o.get("gradients").asArray();
        JsonObject g1 = grads.get(0).asObject();
        // δ⁽¹⁾ = ∂L/∂a⁽¹⁾ ⊙ ReLU′ = [0.6·0, −0.9·1, 0.3·1]
        assertVector(new double[] {0.6, -0.9, 0.3}, g1.get("a"));
        assertVector(new double[] {0, -0.9, 0.3}, g1.get("z"));
        JsonArray w1 = g1.get("W").asArray();
        assertEquals(3, w1.size());
        assertVector(new double[] {0, 0}, w1.get(0));
        assertVector(new double[] {-0.9, -1.8}, w1.get(1));
        assertVector(new double[] {0.3, 0.6}, w1.get(2));
        assertVector(new double[] {0, -0.9, 0.3}, g1.get("b"));
        assertTrue(g1.get("skips").asArray().isEmpty());
        JsonObject g2 = grads.get(1).asObject();
        assertTrue(g2.get("a").isNull(), "the output layer's ∂L/∂a is dYhat");
        assertVector(new double[] {0, -1.1, -1.8}, g2.get("W").asArray().get(0));
        assertVector(new double[] {-1}, g2.get("b"));

        JsonObject w = find(o.get("cells").asArray(), "id", "W2.0.1");
        assertEquals("weight", w.getString("kind", ""));
        assertEquals("∂L/∂W⁽²⁾₀₁", w.getString("label", ""));
        assertEquals(-1.1, w.getDouble("value", 0), EPS);
        assertTrue(w.getString("product", "").endsWith("(−1)(1.1) = −1.1"), w.getString("product", ""));
        assertFalse(w.getBoolean("frozen", true));
        JsonObject term = w.get("terms").asArray().get(0).asObject();
        assertTrue(term.get("via").isNull());
        JsonArray factors = term.get("factors").asArray();
        assertEquals("δ⁽²⁾", factors.get(0).asObject().getString("symbol", ""));
        assertEquals(-1, factors.get(0).asObject().getDouble("value", 0), EPS);
        assertEquals("z2.0", factors.get(0).asObject().getString("cell", ""));
        assertEquals("a⁽¹⁾₁", factors.get(1).asObject().getString("symbol", ""));
        assertEquals(1.1, factors.get(1).asObject().getDouble("value", 0), EPS);
        assertEquals("fwd.a1.1", factors.get(1).asObject().getString("cell", ""), "∂L/∂W reads the forward cell a⁽¹⁾₁");
        assertTrue(factors.get(1).asObject().get("detail").isNull());
        assertEquals("pre-activation", find(o.get("cells").asArray(), "id", "z1.1").getString("kind", ""));

        JsonObject up = o.get("update").asObject();
        assertEquals(0.1, up.getDouble("learningRate", 0), 0.0);
        JsonObject p = find(up.get("parameters").asArray(), "id", "W2.0.1");
        assertEquals("new.W2.0.1", p.getString("cell", ""));
        assertEquals(0.9, p.getDouble("before", 0), EPS);
        assertEquals(-1.1, p.getDouble("gradient", 0), EPS);
        assertEquals(1.01, p.getDouble("after", 0), EPS);
        assertFalse(p.getBoolean("frozen", true));
        assertTrue(p.getString("rule", "").endsWith("= 0.9 − 0.1·(−1.1) = 1.01"), p.getString("rule", ""));
        assertEquals(13, up.get("parameters").asArray().size());
        JsonObject after = up.get("forward").asObject();
        assertVector(new double[] {1.612}, after.get("yhat"));
        assertVector(new double[] {-0.5, 1.64, 1.62}, after.get("layers").asArray().get(0).asObject().get("z"));
        assertEquals(0.5, up.getDouble("lossBefore", 0), EPS);
        assertEquals(0.006272, up.getDouble("lossAfter", 0), EPS);
        assertEquals(0.006272 - 0.5, up.getDouble("lossChange", 0), EPS);

        JsonObject st = o.get("structure").asObject();
        assertEquals(9, st.getInt("functions", -1));
        assertEquals(9, st.getInt("weights", -1));
        assertEquals(4, st.getInt("biases", -1));
    }

    @Test
    void numbersKeepFullPrecision() {
        JsonObject o = solve("001-sigmoid-bce");
        // σ(−0.4) and −ln(1 − σ(−0.4)) to double precision, not to the six figures of the text output.
        double s = 1 / (1 + Math.exp(0.4));
        assertEquals(s, o.get("forward").asObject().get("yhat").asArray().get(0).asDouble(), 1e-15);
        assertEquals(-Math.log(1 - s), o.get("forward").asObject().getDouble("loss", 0), 1e-15);
        assertEquals(0.513015, o.get("forward").asObject().getDouble("loss", 0), 5e-7);
    }

    @Test
    void gradientMatricesHaveTheShapeOfTheFilesWeights() {
        JsonObject o = solve("001-sigmoid-bce");
        assertEquals("input-rows", o.get("conventions").asObject().getString("weightLayout", ""));
        JsonArray grads = o.get("gradients").asArray();
        // Input-rows: row i = input i, column j = hidden unit j. Only unit 2 is active, δ⁽¹⁾₂ = −0.5·σ(−0.4).
        double d = -0.5 / (1 + Math.exp(0.4));
        JsonArray w1 = grads.get(0).asObject().get("W").asArray();
        assertVector(new double[] {0, d}, w1.get(0));
        assertVector(new double[] {0, 2 * d}, w1.get(1));
        // W⁽²⁾ is written 2 × 1 (two inputs, one output): the gradient too.
        JsonArray w2 = grads.get(1).asObject().get("W").asArray();
        assertEquals(2, w2.size());
        assertVector(new double[] {0}, w2.get(0));
        assertVector(new double[] {0.8 / (1 + Math.exp(0.4))}, w2.get(1));
    }

    @Test
    void givenValuesWarningsAndSkipsAppear() {
        JsonObject o = solve("000-given-values");
        assertEquals(3, o.get("warnings").asArray().size());
        for (JsonValue l : o.get("forward").asObject().get("layers").asArray()) assertTrue(l.asObject().getBoolean("given", false));
        for (JsonValue l : o.get("update").asObject().get("forward").asObject().get("layers").asArray()) {
            assertFalse(l.asObject().getBoolean("given", true));
        }
        assertEquals(2.0, o.get("forward").asObject().getDouble("loss", 0), EPS);
        // From the weights: ŷ = 1.1·4.07 + 1.2·5.15 + 0.5 = 11.157, L = ½(1.157)²
        assertEquals(0.5 * 1.157 * 1.157, o.get("update").asObject().getDouble("lossBefore", 0), 1e-12);

        JsonObject skip = solve("003-skip-connection");
        JsonObject g3 = skip.get("gradients").asArray().get(2).asObject();
        JsonObject s = g3.get("skips").asArray().get(0).asObject();
        assertEquals(1, s.getInt("from", -1));
        // ∂L/∂w⁽³←¹⁾ = δ⁽³⁾·a⁽¹⁾ = (0.468 − 2)·0.9 = −1.3788
        assertVector(new double[] {-1.3788}, s.get("W").asArray().get(0));
        JsonObject a1 = find(skip.get("cells").asArray(), "id", "a1.0");
        JsonArray terms = a1.get("terms").asArray();
        assertEquals(2, terms.size());
        assertEquals("via z⁽²⁾", terms.get(0).asObject().getString("via", ""));
        assertEquals("via the skip into z⁽³⁾", terms.get(1).asObject().getString("via", ""));
        // −1.0724·1.6 + (−1.532)(−0.6) = −1.71584 + 0.9192
        assertEquals(-0.79664, a1.getDouble("value", 0), EPS);
    }

    @Test
    void listJsonHasEveryPreset() {
        CliRun r = CliRun.of("list", "--json");
        assertEquals(0, r.code(), r.err());
        JsonArray a = Json.parse(r.out()).asArray();
        assertEquals(5, a.size());
        assertEquals("004-relu-231", a.get(4).asObject().getString("id", ""));
        assertTrue(a.get(4).asObject().getString("title", "").startsWith("Worksheet 004"));
    }
}
