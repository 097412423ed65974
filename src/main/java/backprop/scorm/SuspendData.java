package backprop.scorm;

import backprop.session.Attempt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attempt as the LMS keeps it between visits, in {@code cmi.suspend_data}, which SCORM 1.2 limits to
 * 4,096 characters. Only what the student did is kept; verdicts are judged again on the way back, as from the
 * browser's storage. {@code b1} and the exercise's fingerprint (8 characters), then one entry per cell the
 * student touched, by its position in worksheet order (base 36) and a mark:
 * {@code ~} shown; {@code !} its answer was shown in a verdict but the field is empty now; {@code =} typed, never
 * given feedback; {@code *} typed after feedback. A typed entry goes on with the text's length (base 36), a colon
 * and the text. Worksheet 004 with ŷ (its 10th cell) typed right and ∂L/∂z⁽²⁾ (the 11th) wrong, then right:
 * {@code b1} + fingerprint + {@code 9=2:-1a*2:-1}.
 *
 * <p>What does not fit is left out from the end of the worksheet backwards, typed texts first: a typed cell
 * whose text is dropped keeps its feedback mark, so coming back never turns a cell reached after feedback
 * into a first try; it is only ever empty. Should even the marks not fit, the last entry is a position and
 * {@code ^}: every cell from there on comes back shown (earning nothing), never as a cell still to be tried.
 */
public final class SuspendData {

    public static final int MAX = 4096;
    static final String VERSION = "b1";

    private SuspendData() {
    }

    /** What is written, and how many cells' work it had to leave out. */
    public record Encoded(String text, int dropped) {
    }

    public static Encoded encode(Attempt a, String fingerprint) {
        int n = a.size();
        String[] entry = new String[n];
        String[] mark = new String[n];
        int length = VERSION.length() + fingerprint.length();
        for (int i = 0; i < n; i++) {
            String at = base36(i);
            String typed = a.typed(i);
            if (a.isShown(i)) {
                mark[i] = at + "~";
            } else if (a.hadFeedback(i)) {
                mark[i] = at + "!";
            }
            if (!a.isShown(i) && typed != null) {
                entry[i] = at + (a.hadFeedback(i) ? "*" : "=") + base36(typed.length()) + ":" + typed;
            } else {
                entry[i] = mark[i];
            }
            if (entry[i] != null) length += entry[i].length();
        }
        boolean[] lost = new boolean[n];
        // Typed texts go first, from the end: each keeps its feedback mark.
        for (int i = n - 1; i >= 0 && length > MAX; i--) {
            if (entry[i] == null || entry[i] == mark[i]) continue;
            length -= entry[i].length() - (mark[i] == null ? 0 : mark[i].length());
            entry[i] = mark[i];
            lost[i] = true;
        }
        // Should even the marks not fit (well over a thousand cells touched), the end of the worksheet is cut off as
        // shown: never credited, so coming back can only cost the student, never give a mark the attempt did not earn.
        int cut = n;
        if (length > MAX) {
            while (cut > 0 && length + base36(cut).length() + 1 > MAX) {
                cut--;
                if (entry[cut] != null) length -= entry[cut].length();
                entry[cut] = null;
                lost[cut] = true;
            }
        }
        StringBuilder sb = new StringBuilder(length);
        sb.append(VERSION).append(fingerprint);
        for (int i = 0; i < n; i++) if (entry[i] != null) sb.append(entry[i]);
        if (cut < n) sb.append(base36(cut)).append('^');
        int dropped = 0;
        for (boolean l : lost) if (l) dropped++;
        return new Encoded(sb.toString(), dropped);
    }

    /**
     * Puts the kept work back into the attempt. Returns null when it was put back (or there was none), else why
     * it was not: the attempt is then left empty rather than half-restored.
     */
    public static String decode(String text, String fingerprint, Attempt a) {
        if (text == null || text.isEmpty()) return null;
        int head = VERSION.length() + fingerprint.length();
        if (!text.startsWith(VERSION) || text.length() < head) return "could not be read";
        if (!text.startsWith(fingerprint, VERSION.length())) return "was saved for other numbers";
        Map<String, String> typed = new HashMap<>();
        List<String> shown = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        int p = head;
        while (p < text.length()) {
            int q = p;
            while (q < text.length() && digit(text.charAt(q)) >= 0) q++;
            int i = number(text, p, q);
            if (i < 0 || i >= a.size() || q >= text.length()) return "could not be read";
            char m = text.charAt(q);
            p = q + 1;
            String id = a.id(i);
            if (m == '~') {
                shown.add(id);
            } else if (m == '^') {
                for (int k = i; k < a.size(); k++) shown.add(a.id(k));
            } else if (m == '!') {
                feedback.add(id);
            } else if (m == '=' || m == '*') {
                q = p;
                while (q < text.length() && digit(text.charAt(q)) >= 0) q++;
                int len = number(text, p, q);
                if (len < 0 || q >= text.length() || text.charAt(q) != ':' || q + 1 + len > text.length()) return "could not be read";
                typed.put(id, text.substring(q + 1, q + 1 + len));
                if (m == '*') feedback.add(id);
                p = q + 1 + len;
            } else {
                return "could not be read";
            }
        }
        a.restore(typed, shown, feedback);
        return null;
    }

    static String base36(int n) {
        if (n == 0) return "0";
        StringBuilder sb = new StringBuilder();
        for (int v = n; v > 0; v /= 36) sb.insert(0, (char) (v % 36 < 10 ? '0' + v % 36 : 'a' + v % 36 - 10));
        return sb.toString();
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        return -1;
    }

    /** The base-36 number in text[from, to), or -1 when there is none or it is implausibly long. */
    private static int number(String text, int from, int to) {
        if (to <= from || to - from > 4) return -1;
        int n = 0;
        for (int k = from; k < to; k++) n = n * 36 + digit(text.charAt(k));
        return n;
    }
}
