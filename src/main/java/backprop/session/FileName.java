package backprop.session;

/** The name a downloaded exercise file gets. */
public final class FileName {

    private FileName() {
    }

    /** A safe download name from the title: letters, digits and dashes. */
    public static String of(String title) {
        StringBuilder sb = new StringBuilder();
        for (char c : title.toCharArray()) {
            // ASCII only: toLowerCase would bring TeaVM's Unicode case tables into the page.
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (ok) sb.append(c);
            else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append('-');
            if (sb.length() >= 48) break;
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == '-') end--;
        return (end == 0 ? "exercise" : sb.substring(0, end)) + ".json";
    }
}
