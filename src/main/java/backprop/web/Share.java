package backprop.web;

import backprop.export.ShareLink;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The address of what is on screen, kept in the URL hash (so the address bar is always a working link)
 * and shown with a copy button. (Moodle XML is the command line's: in the page its ~3 KB gzip did not fit
 * the budget next to the editor.)
 */
final class Share {

    private final HTMLInputElement url = (HTMLInputElement) Dom.byId("share-url");
    private final HTMLElement status = Dom.byId("share-status");
    private String written;

    Share() {
        Dom.byId("copy-link").addEventListener("click", e -> Page.safely(this::copy));
    }

    /** The hash the page last wrote itself; a hashchange to it is the page's own doing, not a link opened. */
    String written() {
        return written;
    }

    void show(String hash) {
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

    private void say(String message) {
        status.setTextContent(message == null ? "" : message);
    }
}
