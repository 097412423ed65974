package backprop.check;

/** Reads a yes-or-no answer: yes, y, true, 1 or no, n, false, 0, in any case. */
final class YesNo {

    private YesNo() {
    }

    /** 1 for yes, 0 for no, −1 for anything else. */
    static int parse(String typed) {
        String t = typed == null ? "" : typed.trim().toLowerCase();
        if (t.equals("yes") || t.equals("y") || t.equals("true") || t.equals("1")) return 1;
        if (t.equals("no") || t.equals("n") || t.equals("false") || t.equals("0")) return 0;
        return -1;
    }
}
