package backprop.web;

/**
 * One cell's verdict as the page shows it. {@code kind} is the value of the cell's data-verdict
 * attribute: "" (nothing typed), correct, consistent, wrong, unreadable. {@code problem} says what
 * could not be read; {@code hint} names a misconception; {@code carried} is the value that follows from
 * the student's own earlier answers (NaN when there is none).
 */
record Verdict(String kind, String problem, String hint, double carried) {

    static final Verdict EMPTY = new Verdict("", null, null, Double.NaN);
}
