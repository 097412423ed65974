package backprop.question;

/** One answer of a choice question: {@code key} is what an answers file names, {@code feedback} what choosing it tells. */
public record Option(String key, String text, boolean right, String feedback) {
}
