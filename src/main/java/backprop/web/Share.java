package backprop.web;

import backprop.export.MoodleXml;
import backprop.export.ShareLink;
import backprop.model.Exercise;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The address of what is on screen, kept in the URL hash (so the address bar is always a working link)
 * and shown with a copy button; and the Moodle export of the same exercise.
 */
final class Share {

    private final HTMLInputElement url = (HTMLInputElement) Dom.byId("share-url");
    private final HTMLElement status = Dom.byId("share-status");
    private Exercise exercise;
    private String written;

    Share() {
        Dom.byId("copy-link").addEventListener("click", e -> Page.safely(this::copy));
        Dom.byId("export-moodle").addEventListener("click", e -> Page.safely(this::moodle));
    }

    /** The hash the page last wrote itself; a hashchange to it is the page's own doing, not a link opened. */
    String written() {
        return written;
    }

    void show(Exercise ex, String hash) {
        exercise = ex;
        say(null);
        if (hash.length() > ShareLink.MAX_LENGTH) {
            // A link this long would be refused when opened; the address keeps no hash rather than a broken one.
            written = "";
            Dom.setHash("");
            url.setValue("");
            say("This exercise is too large for a link; download it as a file and share that instead.");
            return;
        }
        written = hash;
        Dom.setHash(hash);
        url.setValue(Dom.href());
    }

    private void copy() {
        say(Dom.copy(url) ? "Link copied." : "Select the link and copy it (Ctrl+C or ⌘C).");
    }

    private void moodle() {
        String name = fileName(exercise.title());
        Dom.download(name + ".moodle.xml", "application/xml", MoodleXml.of(exercise));
        say("Saved “" + name + ".moodle.xml”: in Moodle, Question bank → Import → Moodle XML format.");
    }

    private void say(String message) {
        status.setTextContent(message == null ? "" : message);
    }

    /** A file name from a title: letters and digits kept, runs of anything else one dash. */
    static String fileName(String title) {
        StringBuilder sb = new StringBuilder();
        for (char c : title.toCharArray()) {
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (keep) sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);   // Character.toLowerCase pulls Unicode tables
            else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append('-');
            if (sb.length() >= 60) break;
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') sb.setLength(sb.length() - 1);
        return sb.length() == 0 ? "exercise" : sb.toString();
    }
}
