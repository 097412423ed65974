package backprop.notation;

import java.util.List;

/**
 * Looks a text up in a list of texts. {@code List.contains} and {@code List.indexOf} would do, but under TeaVM
 * they compare through {@code Object.equals} on the list's elements, which keeps the {@code equals} and
 * {@code hashCode} of every record the page ever puts in a list (docs/PAGE-SIZE.md).
 */
public final class TextList {

    private TextList() {
    }

    public static boolean has(List<String> list, String s) {
        return indexOf(list, s) >= 0;
    }

    /** The first position of s in the list, or −1. */
    public static int indexOf(List<String> list, String s) {
        for (int k = 0; k < list.size(); k++) if (list.get(k).equals(s)) return k;
        return -1;
    }
}
