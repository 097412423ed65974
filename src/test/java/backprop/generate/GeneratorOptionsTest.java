package backprop.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.model.Activation;
import backprop.model.Loss;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse(text), text).getMessage();
    }

    private static void errorContains(String text, String... parts) {
        String m = error(text);
        for (String p : parts) assertTrue(m.contains(p), "'" + text + "' → " + m + " (expected '" + p + "')");
    }

    @Test
    void theDefaultsAreA231ReluNet() {
        GeneratorOptions d = GeneratorOptions.DEFAULT;
        assertEquals("2-3-1,relu,linear,half-sum-squared,bias,noskip,nice,nodead,lr=0.1", d.format());
        assertEquals(d, GeneratorOptions.parse("2-3-1"));
    }

    @Test
    void everyTokenIsRead() {
        GeneratorOptions o = GeneratorOptions.parse("4-5-3,tanh,softmax,half-mean-squared,nobias,skip,two-decimals,dead,lr=0.05");
        assertEquals(List.of(4, 5, 3), o.sizes());
        assertEquals(Activation.TANH, o.hidden());
        assertEquals(Activation.SOFTMAX, o.output());
        assertEquals(Loss.HALF_MEAN_SQUARED, o.loss());
        assertFalse(o.biases());
        assertTrue(o.skip());
        assertEquals(Difficulty.TWO_DECIMALS, o.difficulty());
        assertTrue(o.allowDeadLayers());
        assertEquals(0.05, o.learningRate(), 0.0);
    }

    @Test
    void orderCaseAndSpacesDoNotMatter() {
        assertEquals(GeneratorOptions.parse("2-3-1,sigmoid,sigmoid,binary-cross-entropy,nobias"),
                GeneratorOptions.parse(" 2-3-1 , NoBias,Binary-Cross-Entropy , SIGMOID,sigmoid "));
    }

    @Test
    void missingChoicesFollowTheOthers() {
        // The output follows the loss, the loss follows the output.
        assertEquals(Activation.SIGMOID, GeneratorOptions.parse("2-3-1,relu,binary-cross-entropy").output());
        assertEquals(Activation.SOFTMAX, GeneratorOptions.parse("2-3-3,relu,categorical-cross-entropy").output());
        assertEquals(Loss.CATEGORICAL_CROSS_ENTROPY, GeneratorOptions.parse("2-3-3,relu,softmax").loss());
        assertEquals(Loss.HALF_SUM_SQUARED, GeneratorOptions.parse("2-3-1,relu,sigmoid").loss());
        // Without hidden layers the one activation is the output's.
        GeneratorOptions single = GeneratorOptions.parse("3-1,sigmoid");
        assertEquals(Activation.SIGMOID, single.output());
        assertEquals("3-1,sigmoid,half-sum-squared,bias,noskip,nice,nodead,lr=0.1", single.format());
        // With hidden layers one activation is the hidden one; the output stays linear.
        GeneratorOptions hidden = GeneratorOptions.parse("2-2-1,tanh");
        assertEquals(Activation.TANH, hidden.hidden());
        assertEquals(Activation.LINEAR, hidden.output());
    }

    @Test
    void formatThenParseGivesTheSameOptions() {
        for (String text : List.of("2-3-1", "1-1,linear", "8-8-8-8-8-8,leaky-relu,relu,mean-squared,nobias,skip,two-decimals,dead,lr=10",
                "2-3-3,tanh,softmax", "3-4-2,sigmoid,sigmoid,binary-cross-entropy,lr=0.000001", "5-2,softmax,half-sum-squared,lr=1.25")) {
            GeneratorOptions o = GeneratorOptions.parse(text);
            assertEquals(o, GeneratorOptions.parse(o.format()), text);
            assertEquals(o.format(), GeneratorOptions.parse(o.format()).format(), text);
        }
    }

    @Test
    void theLearningRateIsReadDigitByDigit() {
        assertEquals(0.1, GeneratorOptions.parse("2-1,lr=0.1").learningRate(), 0.0);
        assertEquals(0.3, GeneratorOptions.parse("2-1,lr=.3").learningRate(), 0.0);
        assertEquals(2.0, GeneratorOptions.parse("2-1,lr=2").learningRate(), 0.0);
        assertEquals(0.000123, GeneratorOptions.parse("2-1,lr=0.000123").learningRate(), 0.0);
        assertEquals(0.07, GeneratorOptions.parse("2-1,lr=0.0700").learningRate(), 0.0);
    }

    @Test
    void mistakesAreExplained() {
        errorContains("", "empty", "2-3-1");
        errorContains("   ", "empty");
        errorContains("relu,2-3-1", "layer sizes", "relu");
        errorContains("2", "2 to 6 numbers");
        errorContains("2-3-4-5-6-7-8", "2 to 6 numbers", "found 7");
        errorContains("2-0-1", "from 1 to 8", "found 0");
        errorContains("2-9-1", "from 1 to 8", "found 9");
        errorContains("2-300000000000-1", "from 1 to 8");
        errorContains("2--1", "empty size");
        errorContains("2-3-1,", "empty");
        errorContains("2-3-1,,relu", "option 2 is empty");
        errorContains("2-3-1,relu,relu,relu", "too many activations", "third");
        errorContains("2-1,relu,sigmoid", "too many activations", "no hidden layer");
        errorContains("2-3-1,softmax,linear", "softmax is only for the output layer");
        errorContains("2-3-1,relu,softmax", "softmax output needs at least 2");
        errorContains("2-3-1,relu,linear,binary-cross-entropy", "binary-cross-entropy needs a sigmoid output", "linear");
        errorContains("2-3-2,relu,sigmoid,categorical-cross-entropy", "categorical-cross-entropy needs a softmax output");
        errorContains("2-1,skip", "skip connection needs at least one hidden layer");
        errorContains("2-3-1,bias,nobias", "bias choice is given twice");
        errorContains("2-3-1,mean-squared,half-sum-squared", "loss is given twice");
        errorContains("2-3-1,nice,two-decimals", "difficulty is given twice");
        errorContains("2-3-1,lr=0.1,lr=0.2", "learning rate is given twice");
        errorContains("2-3-1,relu6", "unknown option 'relu6'", "leaky-relu", "half-sum-squared", "lr=0.1");
        errorContains("2-3-1,lr=", "lr=", "empty");
        errorContains("2-3-1,lr=abc", "plain decimal", "abc");
        errorContains("2-3-1,lr=1e-3", "plain decimal", "1e-3");
        errorContains("2-3-1,lr=-0.1", "plain decimal");
        errorContains("2-3-1,lr=0.1.2", "plain decimal");
        errorContains("2-3-1,lr=0", "greater than 0");
        errorContains("2-3-1,lr=11", "at most 10");
        errorContains("2-3-1,lr=0.0000001", "at most 6 decimals");
        errorContains("2-3-1,lr=1234567890123", "at most 12 digits");
        errorContains("x".repeat(301), "too long");
    }

    @Test
    void theConstructorChecksWhatTheParserChecks() {
        assertThrows(IllegalArgumentException.class, () -> new GeneratorOptions(List.of(2, 1), Activation.RELU, Activation.LINEAR,
                Loss.HALF_SUM_SQUARED, true, false, Difficulty.NICE, false, 0.1234567));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorOptions(List.of(2, 1), Activation.RELU, Activation.LINEAR,
                Loss.HALF_SUM_SQUARED, true, false, Difficulty.NICE, false, Double.NaN));
        // Without hidden layers the hidden activation is normalised, so equal networks give equal options.
        assertEquals(new GeneratorOptions(List.of(2, 1), Activation.RELU, Activation.SIGMOID, Loss.HALF_SUM_SQUARED, true, false, Difficulty.NICE, false, 0.1),
                new GeneratorOptions(List.of(2, 1), Activation.TANH, Activation.SIGMOID, Loss.HALF_SUM_SQUARED, true, false, Difficulty.NICE, false, 0.1));
    }
}
