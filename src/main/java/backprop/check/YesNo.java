package backprop.check;

/** Reads a yes-or-no answer: yes, y, true, 1 or no, n, false, 0, in any case. */
final class YesNo {

    private YesNo() {
    }

    /** 1 for yes, 0 for no, −1 for anything else. */
    static int parse(String typed) {
        String t = ascii(typed == null ? "" : typed.trim());
        if (t.equals("yes") || t.equals("y") || t.equals("true") || t.equals("1")) return 1;
        if (t.equals("no") || t.equals("n") || t.equals("false") || t.equals("0")) return 0;
        return -1;
    }

    /** A–Z to a–z by hand: String.toLowerCase brings Unicode case tables into the page. */
    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return sb.toString();
    }
}
