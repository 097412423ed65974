package backprop.exercise;

import backprop.model.Exercise;
import java.util.List;

/**
 * The five worksheets backprop-tutor was made from, as exercise files. They hold the sheets' numbers
 * and conventions only; every result is computed by the solver. Where a printed solution differs, the
 * notes say what the sheet printed and why the tutor's value is right.
 */
public final class Presets {

    /** A built-in exercise: a short id for the command line and the page, and its file text. */
    public record Preset(String id, String json) {
        /**
         * The title, read from the file text without parsing it: the page lists every worksheet at start-up and
         * opens only one (PresetsTest checks that this is the parsed title).
         */
        public String title() {
            String key = "\"title\": \"";
            int start = json.indexOf(key) + key.length();
            return json.substring(start, json.indexOf('"', start));
        }

        public Exercise exercise() {
            try {
                return ExerciseJson.parse(json);
            } catch (ExerciseException e) {
                throw new IllegalStateException("built-in exercise " + id + " is broken: " + e.getMessage(), e);
            }
        }
    }

    private static final String W000 = """
        {
          "format": "backprop-tutor/exercise@1",
          "title": "Worksheet 000 · 3-2-2-1 ReLU net with given forward values",
          "description": "Three inputs, two hidden ReLU layers of two units and one linear output, squared loss ½(y − ŷ)². The sheet gives the forward values a⁽¹⁾ = [4, 5], a⁽²⁾ = [6, 7] and ŷ = 8; find the gradient of the loss with respect to ŷ, and to the input and output of every layer, then every weight and bias.",
          "notes": [
            "The forward values are given by the sheet and do not follow from its weights: W⁽¹⁾x + b⁽¹⁾ = [1.5, 3.4], not [4, 5]. The backward pass uses the given values, as the sheet asks; the warning above the forward pass shows each mismatch.",
            "ReLU′ is read from the given activations: every given a is positive, so every ReLU′ is 1.",
            "The output layer has no activation, so ∂L/∂z⁽³⁾ = ∂L/∂ŷ. (The sheet's item 2 speaks of a ReLU in the last layer; its network has none.)",
            "The sheet sets no learning rate; η = 0.1 is chosen here for the update. Because the gradients come from the given values and not from the weights, the step does not lower the loss computed from the weights (ŷ = 11.157 from the weights is already above y = 10, and the step pushes ŷ up): an illustration of why given values must be consistent.",
            "Problem statement 2 asks to correct a relu_backward snippet. As printed it already computes ReLU′ correctly with the convention ReLU′(0) = 0 (dZ = dA where Z > 0, 0 elsewhere), which is this tutor's default; only its indentation and the stray </pre> are broken."
          ],
          "input": [1, 2, 3],
          "target": [10],
          "loss": "half-sum-squared",
          "learningRate": 0.1,
          "layers": [
            {"activation": "relu", "weights": [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], "bias": [0.1, 0.2], "given": {"a": [4, 5]}},
            {"activation": "relu", "weights": [[0.7, 0.8], [0.9, 1.0]], "bias": [0.3, 0.4], "given": {"a": [6, 7]}},
            {"activation": "linear", "weights": [[1.1, 1.2]], "bias": [0.5], "given": {"a": [8]}}
          ]
        }
        """;

    private static final String W001 = """
        {
          "format": "backprop-tutor/exercise@1",
          "title": "Worksheet 001 · 2-2-1 net, ReLU and sigmoid, binary cross-entropy, one SGD step",
          "description": "Binary classification: inputs x = [1, 2], a hidden ReLU layer of two units, a sigmoid output, binary cross-entropy, target y = 0, SGD with η = 0.01. Do the forward pass and the loss, backpropagate, and update every weight and bias once.",
          "notes": [
            "Weights are written inputs × outputs, as in Mazur's step-by-step example that the sheet follows: row i holds the weights out of input i, so W⁽¹⁾₁₂ = −0.6 goes from x₁ to hidden unit 2. The sheet's own results confirm this layout: z⁽¹⁾₁ = 0.5·1 + (−0.4)·2 + 0.2 = −0.1 and z⁽¹⁾₂ = (−0.6)·1 + 0.8·2 − 0.2 = 0.8. The expressions it prints beside them pair the weights the other way round (1·0.5 + 2·(−0.6) + 0.2 would be −0.5, and 1·(−0.4) + 2·0.8 − 0.2 is 1.0): those are slips.",
            "The sheet's weights w₁…w₆ are W⁽¹⁾₁₁, W⁽¹⁾₂₁, W⁽¹⁾₁₂, W⁽¹⁾₂₂, W⁽²⁾₁₁, W⁽²⁾₂₁ here.",
            "Binary cross-entropy uses the natural logarithm: J = −ln(1 − 0.401312) = 0.513015. The sheet's 0.2225 is −log₁₀(0.599), the wrong logarithm base.",
            "The sheet rounds σ(−0.4) = 0.401312 to 0.401; the tutor keeps the exact value, so its gradients differ in the fourth figure (∂J/∂W⁽¹⁾₁₂ = −0.200656, the sheet's −0.2005).",
            "The sheet's updated w₃ = −0.6 + 0.002005 is −0.597995 ≈ −0.598, not −0.597 as printed.",
            "The question asks for the updated biases too, and the worked solution leaves them out. They are not frozen: b⁽¹⁾₂ = −0.2 − 0.01·(−0.200656) = −0.197993 and b⁽²⁾ = 0 − 0.01·0.401312 = −0.00401312; b⁽¹⁾₁ stays 0.2 because hidden unit 1 is inactive (z = −0.1).",
            "After the step the loss falls from 0.513015 to 0.507962."
          ],
          "input": [1.0, 2.0],
          "target": [0],
          "loss": "binary-cross-entropy",
          "learningRate": 0.01,
          "conventions": {"weightLayout": "input-rows", "indexBase": 1},
          "layers": [
            {"activation": "relu", "weights": [[0.5, -0.6], [-0.4, 0.8]], "bias": [0.2, -0.2]},
            {"activation": "sigmoid", "weights": [[0.3], [-0.5]], "bias": [0]}
          ]
        }
        """;

    private static final String W002 = """
        {
          "format": "backprop-tutor/exercise@1",
          "title": "Worksheet 002 · Scalar chain x → w₁ → ReLU → w₂ → ReLU",
          "description": "One training sample x = 3, y = 2, weights w₁ = 0.5 and w₂ = 0.8, ReLU after each weight, cost J = (y − ŷ)²/(2N). First the local derivatives ∂J/∂ŷ, ∂ŷ/∂z₂, ∂z₂/∂w₂, ∂z₂/∂a₁, ∂a₁/∂z₁, ∂z₁/∂w₁, then the chain rule for ∂J/∂w₁ and ∂J/∂w₂, an update with η = 0.1 and a second forward pass.",
          "notes": [
            "The sheet's J is the loss L here; its w₁, w₂ are w⁽¹⁾, w⁽²⁾, and ŷ = a⁽²⁾.",
            "J = (y − ŷ)²/(2N) with N = 1 training sample; the tutor's N counts output values, which is also 1 here, so ∂J/∂ŷ = −(y − ŷ) = ŷ − y.",
            "How many functions? Five: z₁, a₁, z₂, ŷ and J. How many weights? Two, w₁ and w₂, and no biases.",
            "The sheet's derivative table defines ReLU′ only for z > 0 and z < 0; this tutor takes ReLU′(0) = 0, which this exercise never reaches.",
            "In the second forward pass the sheet writes w₁ = 0.6922 in one row; the update gives 0.5 − 0.1·(−1.92) = 0.692 exactly, and its z₁ = 2.076 uses that value. The new ŷ is 1.90992 and J = 0.0040572 (the sheet rounds to 1.91 and 0.004)."
          ],
          "input": [3],
          "target": [2],
          "loss": "half-mean-squared",
          "learningRate": 0.1,
          "localDerivatives": true,
          "layers": [
            {"activation": "relu", "weights": [[0.5]]},
            {"activation": "relu", "weights": [[0.8]]}
          ]
        }
        """;

    private static final String W003 = """
        {
          "format": "backprop-tutor/exercise@1",
          "title": "Worksheet 003 · A skip connection: gradients from two paths add",
          "description": "z⁽¹⁾ = w⁽¹⁾x, a⁽¹⁾ = ReLU(z⁽¹⁾); z⁽²⁾ = w⁽²⁾a⁽¹⁾, a⁽²⁾ = ReLU(z⁽²⁾); the output ŷ = z⁽³⁾ = w⁽³⁾a⁽²⁾ + w⁽³←¹⁾a⁽¹⁾ has no activation and also reads a⁽¹⁾ directly. Backpropagate: ∂L/∂a⁽¹⁾ collects one term through z⁽²⁾ and one through the skip.",
          "notes": [
            "The sheet has no numbers. These are chosen so that both ReLUs are active (z⁽¹⁾ = 1, z⁽²⁾ = 1.5) and the two paths into ∂L/∂a⁽¹⁾ pull in opposite directions (−1.44 through z⁽²⁾, +0.48 through the skip).",
            "The sheet numbers its layers from 0: its w₀, z₀, h₀ are w⁽¹⁾, z⁽¹⁾, a⁽¹⁾ here; w₁, z₁, h₁ are w⁽²⁾, z⁽²⁾, a⁽²⁾; w₂ is w⁽³⁾ and the skip weight w₃ is w⁽³←¹⁾.",
            "The sheet writes z₁ = w₁·z₀, but its own backward pass uses ∂z₁/∂h₀ = w₁: the second layer reads h₀ = ReLU(z₀). With z₀ > 0 the two are equal here.",
            "The sheet writes the ReLU derivative as \\"z for z ≥ 0\\". ReLU′ is 1 for z > 0 and 0 for z < 0, not z. Its \\"≥\\" sets ReLU′(0) = 1, which this exercise adopts.",
            "Step ① is labelled ∂L/∂z₀ but computes ∂L/∂z₂ = ∂L/∂ŷ · 1.",
            "The sheet names no loss; ½(y − ŷ)² is used, with target y = 2 and η = 0.1."
          ],
          "input": [2],
          "target": [2],
          "loss": "half-sum-squared",
          "learningRate": 0.1,
          "conventions": {"reluAtZero": 1},
          "layers": [
            {"activation": "relu", "weights": [[0.5]]},
            {"activation": "relu", "weights": [[1.5]]},
            {"activation": "linear", "weights": [[0.8]], "skips": [{"from": 1, "weights": [[-0.4]]}]}
          ]
        }
        """;

    private static final String W004 = """
        {
          "format": "backprop-tutor/exercise@1",
          "title": "Worksheet 004 · 2-3-1 ReLU net: backward pass, update and new loss",
          "description": "Inputs a⁽⁰⁾ = [1, 2], three hidden ReLU units, one ReLU output, L = ½(y − ŷ)² with y = 1.5. Compute the forward pass and the cost, the gradients of every weight and bias, update with α = 0.1, and compute the cost again.",
          "notes": [
            "The sheet computes z⁽¹⁾₂ = 0.5 + 1.4 = 1.9 and drops the bias b⁽¹⁾₂ = −0.1: z⁽¹⁾₂ = 0.5·1 + 0.7·2 − 0.1 = 1.8. Everything after it changes: ŷ = 0.5 (sheet 0.47), L = 0.5 (sheet 0.53045), δ⁽²⁾ = −1 (sheet −1.03), ∂L/∂W⁽²⁾ = [0, −1.1, −1.8], δ⁽¹⁾ = [0, −0.9, 0.3].",
            "The sheet's update of w⁽²⁾₀₁ is written 0.9 − 0.1·0.133 = 0.7867; with its own gradient −1.133 it would be 0.9 − 0.1·(−1.133) = 1.0133. With the correct gradient −1.1 it is 1.01.",
            "In its second forward pass the sheet uses w⁽¹⁾₁₀ = 0.2073; the update gives −0.3 − 0.1·(−0.9) = −0.21 (−0.2073 with its numbers).",
            "The sheet marks z⁽¹⁾₀ = 0 when choosing ReLU′; z⁽¹⁾₀ = −0.5, so ReLU′ = 0 either way: the unit is inactive and none of its weights change.",
            "The output unit has a ReLU, as the sheet's δᴸ = (aᴸ − y)·ReLU′(zᴸ) says; it is active, so it does not change the numbers.",
            "After the step ŷ = 1.612 and L = 0.006272 (the sheet's 1.6037376 and 0.005381 follow from its slips).",
            "Indices start at 0, as on the sheet: w⁽ˡ⁾ⱼₖ is the weight into unit j from unit k. The sheet writes decimals with a comma (0,618); answers may use either."
          ],
          "input": [1, 2],
          "target": [1.5],
          "loss": "half-sum-squared",
          "learningRate": 0.1,
          "conventions": {"indexBase": 0},
          "layers": [
            {"activation": "relu", "weights": [[0.2, -0.4], [-0.3, 0.8], [0.5, 0.7]], "bias": [0.1, -0.2, -0.1]},
            {"activation": "relu", "weights": [[-0.6, 0.9, -0.3]], "bias": [0.05]}
          ]
        }
        """;

    private static final List<Preset> ALL = List.of(
            new Preset("000-given-values", W000),
            new Preset("001-sigmoid-bce", W001),
            new Preset("002-scalar-chain", W002),
            new Preset("003-skip-connection", W003),
            new Preset("004-relu-231", W004));

    private Presets() {
    }

    public static List<Preset> all() {
        return ALL;
    }

    /** The preset with this id, or null. */
    public static Preset byId(String id) {
        for (Preset p : ALL) if (p.id().equals(id)) return p;
        return null;
    }
}
