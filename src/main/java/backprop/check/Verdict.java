package backprop.check;

/**
 * One cell judged. {@code value} is the number read from {@code typed} (NaN if none), {@code expected} the
 * true value, {@code carried} the value that follows from the student's own earlier answers (NaN unless the
 * verdict is CONSISTENT). {@code problem} says what could not be read and where (UNREADABLE) or which
 * earlier answer the cell follows from (CONSISTENT), or, for a WRONG answer that does follow from them, why that earns
 * no credit ("follows from your earlier z⁽¹⁾₀ = 0.5 (it is −0.5), but it only passes that number on, …"); {@code hint} names a matched mistake or is null.
 */
public record Verdict(String cellId, VerdictKind kind, String typed, double value, double expected, double carried,
                      String problem, Hint hint) {
}
