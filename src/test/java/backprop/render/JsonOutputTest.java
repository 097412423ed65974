package backprop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.model.WeightLayout;
import backprop.exercise.Json;
import backprop.exercise.JsonArray;
import backprop.exercise.JsonObject;
import org.junit.jupiter.api.Test;

class JsonOutputTest {

    @Test
    void negativeZeroIsWrittenAsZeroAndNonFiniteAsNull() {
        assertEquals("0", JsonValues.number(-0.0).toString());
        assertEquals("null", JsonValues.number(Double.NaN).toString());
        assertEquals("null", JsonValues.number(Double.POSITIVE_INFINITY).toString());
        assertEquals(0.1 + 0.2, Double.parseDouble(JsonValues.number(0.1 + 0.2).toString()), 0.0);
    }

    @Test
    void matricesAreWrittenInTheExercisesLayout() {
        // Two neurons reading three inputs, stored rows = neurons.
        double[][] w = {{1, 2, 3}, {4, 5, 6}};
        assertEquals("[[1,2,3],[4,5,6]]", JsonValues.matrix(w, WeightLayout.NEURON_ROWS).toString());
        assertEquals("[[1,4],[2,5],[3,6]]", JsonValues.matrix(w, WeightLayout.INPUT_ROWS).toString());
    }

    @Test
    void prettyKeepsFlatArraysOnOneLineAndParsesBack() {
        JsonObject o = new JsonObject()
                .add("W", new JsonArray().add(new JsonArray().add(0).add(JsonValues.number(-1.1))).add(new JsonArray().add(JsonValues.number(2.5)).add(3)))
                .add("b", Json.NULL)
                .add("notes", new JsonArray().add("a \"quoted\" note").add("∂L/∂ŷ"))
                .add("empty", new JsonArray())
                .add("nested", new JsonObject().add("x", true));
        String text = JsonPretty.write(o);
        assertEquals("""
            {
              "W": [
                [0,-1.1],
                [2.5,3]
              ],
              "b": null,
              "notes": [
                "a \\"quoted\\" note",
                "∂L/∂ŷ"
              ],
              "empty": [],
              "nested": {
                "x": true
              }
            }""", text);
        assertEquals(o.toString(), Json.parse(text).toString());
        assertTrue(JsonPretty.write(new JsonObject()).equals("{}"));
    }
}
