package backprop.check;

/** A named mistake that a wrong answer matches: a stable {@code key} ("sign", "relu-as-z") and a sentence for the student. */
public record Hint(String key, String message) {
}
