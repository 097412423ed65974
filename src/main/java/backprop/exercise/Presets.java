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
            "ReLU′ is read from the given activations: ReLU′ = 1 where a > 0.",
            "The output layer has no activation, so ∂L/∂z⁽³⁾ = ∂L/∂ŷ. (The sheet's item 2 speaks of a ReLU in the last layer; its network has none.)",
            "The sheet sets no learning rate and asks for no update; η = 0.1 is chosen only so that the answer key can show one step. Because the gradients come from the given values and not from the weights, that step does not lower the loss computed from the weights: an illustration of why given values must be consistent."
          ],
          "stages": ["backward"],
          "input": [1, 2, 3],
          "target": [10],
          "loss": "half-sum-squared",
          "learningRate": 0.1,
          "layers": [
            {"activation": "relu", "weights": [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], "bias": [0.1, 0.2], "given": {"a": [4, 5]}},
            {"activation": "relu", "weights": [[0.7, 0.8], [0.9, 1.0]], "bias": [0.3, 0.4], "given": {"a": [6, 7]}},
            {"activation": "linear", "weights": [[1.1, 1.2]], "bias": [0.5], "given": {"a": [8]}}
          ],
          "questions": [
            {
              "id": "q.relu-backward-fix",
              "kind": "choice",
              "prompt": "Problem statement 2: correct the following code for the backward pass of the ReLU activation, and explain the change.\\n\\ndef relu_backward(dA, Z):\\n    \\"\\"\\"\\n    Implementing the backward propagation for a single ReLU unit.\\n\\nArguments:\\n    dA -- post-activation gradient, of any shape\\n    Z -- activation input, of the same shape as dA\\n\\nReturns:\\n    dZ -- gradient of the cost with respect to Z\\n    \\"\\"\\"\\n\\n    dZ = np.array(dA, copy=True) # Copying dA to dZ\\n\\n# When Z <= 0, setting dZ to 0\\n    dZ[Z <= 0] = 0\\n\\nreturn dZ</pre>\\n\\nWhich change does the computation need?",
              "options": [
                {"key": "none", "text": "None: dZ[Z <= 0] = 0 is already right; only the indentation and the stray </pre> are broken.", "right": true,
                 "feedback": "Right. dZ starts as a copy of dA and is set to 0 wherever Z ≤ 0, so dZ = dA · ReLU′(Z) with ReLU′ = 1 for Z > 0 and ReLU′(0) = 0, the usual convention and this tutor's default. The code only fails to run because the comment and the return line are not indented inside the function, and </pre> is left over from a web page."},
                {"key": "strict", "text": "Use dZ[Z < 0] = 0, so that the gradient passes where Z = 0.",
                 "feedback": "That is no correction, only another convention at the kink: it takes ReLU′(0) = 1. ReLU has no derivative at 0, and the snippet's choice ReLU′(0) = 0 is the usual one. What is broken is the indentation and the stray </pre>."},
                {"key": "times-z", "text": "Multiply by Z: dZ = dA * Z.",
                 "feedback": "That takes ReLU′(z) as z, a common slip (worksheet 003 makes it): ReLU′ is 1 where Z > 0 and 0 elsewhere, whatever the size of Z. The snippet's mask is right."},
                {"key": "mask-da", "text": "Mask on the gradient instead: dZ[dA <= 0] = 0.",
                 "feedback": "ReLU′ depends on the unit's input Z, not on the sign of the gradient arriving from above: a negative dA must pass through an active unit unchanged. The snippet's mask on Z is right."},
                {"key": "no-copy", "text": "Drop the copy: dZ = dA.",
                 "feedback": "Without the copy, dZ[Z <= 0] = 0 would also zero the caller's dA in place, a silent bug elsewhere. The copy is right; only the indentation and the stray </pre> are broken."}
              ],
              "explanation": "Nothing in the computation: dZ = dA where Z > 0 and 0 where Z ≤ 0 is dA · ReLU′(Z) with ReLU′(0) = 0. Indent the comment and return dZ inside the function and delete the stray </pre>."
            }
          ]
        }
        """;

    private static final String W001 = """
        {
          "format": "backprop-tutor/exercise@1",
          "title": "Worksheet 001 · 2-2-1 net, ReLU and sigmoid, binary cross-entropy, one SGD step",
          "description": "Binary classification: inputs x = [1, 2], a hidden ReLU layer of two units, a sigmoid output, binary cross-entropy, target y = 0, SGD with η = 0.01. Do the forward pass and the loss, backpropagate, and update every weight and bias once.",
          "notes": [
            "Weights are written inputs × outputs, as in Mazur's step-by-step example that the sheet follows: row i holds the weights out of input i, so W⁽¹⁾₁₂ = −0.6 goes from x₁ to hidden unit 2. The sheet's own results confirm this layout; the expressions it prints beside them pair the weights the other way round, which are slips.",
            "The sheet's weights w₁…w₆ are W⁽¹⁾₁₁, W⁽¹⁾₂₁, W⁽¹⁾₁₂, W⁽¹⁾₂₂, W⁽²⁾₁₁, W⁽²⁾₂₁ here.",
            "Binary cross-entropy uses the natural logarithm, ln. The sheet's J = 0.2225 is computed with log₁₀, the wrong base.",
            "The sheet rounds ŷ to three figures; the tutor keeps the exact value, so its gradients differ from the sheet's in the fourth figure. Keep the figures you have: an exact answer is always right.",
            "The sheet rounds one updated weight, w₃, the wrong way.",
            "The question asks for the updated biases too, and the worked solution leaves them out; they are asked here."
          ],
          "stages": ["forward", "loss", "backward", "update", "new-loss"],
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
            "J = (y − ŷ)²/(2N) with N = 1 training sample; the tutor's N counts output values, which is also 1 here.",
            "The sheet's derivative table defines ReLU′ only for z > 0 and z < 0; this tutor takes ReLU′(0) = 0, which this exercise never reaches.",
            "In its second forward pass the sheet writes w₁ = 0.6922 in one row, a slip: its own z₁ uses the w₁ of the update. It rounds the new ŷ and J to two figures and one; give three significant figures or more."
          ],
          "stages": ["forward", "loss", "backward", "update", "new-forward", "new-loss", "loss-down"],
          "input": [3],
          "target": [2],
          "loss": "half-mean-squared",
          "learningRate": 0.1,
          "localDerivatives": true,
          "layers": [
            {"activation": "relu", "weights": [[0.5]]},
            {"activation": "relu", "weights": [[0.8]]}
          ],
          "questions": [
            {
              "id": "q.what-is-backpropagated",
              "kind": "choice",
              "first": true,
              "prompt": "Problem 1: what is being back-propagated?",
              "options": [
                {"key": "gradient", "text": "The derivative of the cost with respect to each intermediate quantity and each weight: the error signal, from the output back towards the input.", "right": true,
                 "feedback": "Right. Going backward, each step multiplies the derivative arriving from above by one local derivative (the chain rule): ∂J/∂ŷ, then ∂J/∂z₂, ∂J/∂a₁, ∂J/∂z₁, and from them ∂J/∂w₂ and ∂J/∂w₁."},
                {"key": "input", "text": "The input x, sent back through the network.",
                 "feedback": "The input only travels forward. What flows backward is how the cost changes with each quantity, ∂J/∂(quantity)."},
                {"key": "weights", "text": "The weights themselves.",
                 "feedback": "The weights are not sent anywhere: the backward pass reads them (∂z₂/∂a₁ = w₂) and the update changes them afterwards. What flows back is ∂J/∂(quantity)."},
                {"key": "loss", "text": "The value of the cost J.",
                 "feedback": "The cost's value is computed once, at the end of the forward pass. What flows back is its derivative with respect to each quantity, starting with ∂J/∂ŷ."}
              ],
              "explanation": "The error signal: the derivative of the cost with respect to each quantity, ∂J/∂ŷ first, then by the chain rule back to ∂J/∂w₁."
            },
            {"id": "q.count-functions", "kind": "count", "first": true, "prompt": "Problem 2: how many functions are involved?", "counts": "functions",
             "explanation": "Five: z₁ = w₁x, a₁ = ReLU(z₁), z₂ = w₂a₁, ŷ = ReLU(z₂) and the cost J."},
            {"id": "q.count-weights", "kind": "count", "first": true, "prompt": "How many weights are involved?", "counts": "weights",
             "explanation": "Two: w₁ and w₂ (there are no biases)."}
          ]
        }
        """;

    private static final String W003 = """
        {
          "format": "backprop-tutor/exercise@1",
          "title": "Worksheet 003 · A skip connection: gradients from two paths add",
          "description": "z⁽¹⁾ = w⁽¹⁾x, a⁽¹⁾ = ReLU(z⁽¹⁾); z⁽²⁾ = w⁽²⁾a⁽¹⁾, a⁽²⁾ = ReLU(z⁽²⁾); the output ŷ = z⁽³⁾ = w⁽³⁾a⁽²⁾ + w⁽³←¹⁾a⁽¹⁾ has no activation and also reads a⁽¹⁾ directly. Backpropagate: ∂L/∂a⁽¹⁾ collects one term through z⁽²⁾ and one through the skip.",
          "notes": [
            "The sheet has no numbers. These keep both ReLUs active and make copying useless: ∂L/∂a⁽¹⁾ adds δ⁽²⁾·w⁽²⁾ (through z⁽²⁾) and δ⁽³⁾·w⁽³←¹⁾ (through the skip), which pull opposite ways, so neither term nor any earlier cell is its value.",
            "The sheet numbers its layers from 0: its w₀, z₀, h₀ are w⁽¹⁾, z⁽¹⁾, a⁽¹⁾ here; w₁, z₁, h₁ are w⁽²⁾, z⁽²⁾, a⁽²⁾; w₂ is w⁽³⁾ and the skip weight w₃ is w⁽³←¹⁾. Expressions use the sheet's numbering: dL/dz1 * w1 + dL/dz2 * w3 is its ∂L/∂h₀.",
            "As on the sheet, each gradient is asked as an expression, then as a number.",
            "The sheet writes z₁ = w₁·z₀, but its own backward pass uses ∂z₁/∂h₀ = w₁: the second layer reads h₀ = ReLU(z₀). With z₀ > 0 the two are equal here.",
            "The sheet writes the ReLU derivative as \\"z for z ≥ 0\\". ReLU′ is 1 for z > 0 and 0 for z < 0, not z. Its \\"≥\\" sets ReLU′(0) = 1, which this exercise adopts.",
            "Step ① is labelled ∂L/∂z₀ but computes ∂L/∂z₂ = ∂L/∂ŷ · 1.",
            "The sheet names no loss; ½(y − ŷ)² is used, with target y = 2 and η = 0.1."
          ],
          "input": [1.5],
          "target": [2],
          "loss": "half-sum-squared",
          "learningRate": 0.1,
          "conventions": {"reluAtZero": 1, "indexBase": 0},
          "symbolic": ["backward"],
          "layers": [
            {"activation": "relu", "weights": [[0.6]]},
            {"activation": "relu", "weights": [[1.6]]},
            {"activation": "linear", "weights": [[0.7]], "skips": [{"from": 1, "weights": [[-0.6]]}]}
          ]
        }
        """;

    private static final String W004 = """
        {
          "format": "backprop-tutor/exercise@1",
          "title": "Worksheet 004 · 2-3-1 ReLU net: backward pass, update and new loss",
          "description": "Inputs a⁽⁰⁾ = [1, 2], three hidden ReLU units, one ReLU output, L = ½(y − ŷ)² with y = 1.5. Compute the forward pass and the cost, the gradients of every weight and bias, update with α = 0.1, and compute the cost again.",
          "notes": [
            "The sheet leaves the bias b⁽¹⁾₂ out of z⁽¹⁾₂, and every number after it on the sheet follows from that slip.",
            "The sheet's update of w⁽²⁾₀₁ also loses the minus sign of its gradient.",
            "In its second forward pass the sheet loses the sign of the updated w⁽¹⁾₁₀.",
            "When it chooses ReLU′ the sheet marks z⁽¹⁾₀ as 0, not the value it computed; ReLU′ is the same either way.",
            "The output unit has a ReLU, as the sheet's δᴸ = (aᴸ − y)·ReLU′(zᴸ) says; it is active, so it does not change the numbers.",
            "Indices start at 0, as on the sheet: w⁽ˡ⁾ⱼₖ is the weight into unit j from unit k. The sheet writes decimals with a comma (0,618); answers may use either.",
            "Step ③'s formulas are asked as expressions for one unit: δ⁽²⁾, δ⁽¹⁾₁ and ∂L/∂W⁽¹⁾₁₁."
          ],
          "input": [1, 2],
          "target": [1.5],
          "loss": "half-sum-squared",
          "learningRate": 0.1,
          "conventions": {"indexBase": 0},
          "stages": ["forward", "loss", "backward", "update", "new-loss"],
          "symbolic": ["z2.0", "z1.1", "W1.1.1"],
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
