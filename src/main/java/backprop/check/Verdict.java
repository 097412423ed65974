package backprop.check;

/**
 * One cell judged. {@code value} is the number read from {@code typed} (NaN if none), {@code expected} the
 * true value, {@code carried} the value that follows from the student's own earlier answers (NaN unless the
 * verdict is CONSISTENT). {@code problem} says what could not be read and where (UNREADABLE) or which
 * earlier answer the cell follows from (CONSISTENT); {@code hint} names a matched mistake or is null.
 */
public record Verdict(String cellId, VerdictKind kind, String typed, double value, double expected, double carried,
                      String problem, Hint hint) {
}
