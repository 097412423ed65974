package backprop.check;

import java.util.List;

/** How many cells got each verdict; {@code total} counts every answerable cell, typed or not. */
public record Score(int correct, int consistent, int wrong, int unreadable, int empty, int total) {

    public static Score of(List<Verdict> verdicts) {
        int[] n = new int[VerdictKind.values().length];
        for (Verdict v : verdicts) n[v.kind().ordinal()]++;
        return new Score(n[VerdictKind.CORRECT.ordinal()], n[VerdictKind.CONSISTENT.ordinal()],
                n[VerdictKind.WRONG.ordinal()], n[VerdictKind.UNREADABLE.ordinal()], n[VerdictKind.EMPTY.ordinal()],
                verdicts.size());
    }
}
