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
    private final Hash hash;

    Share(Hash hash) {
        this.hash = hash;
        Dom.byId("copy-link").addEventListener("click", e -> Page.safely(this::copy));
    }

    void show(String link) {
        say(null);
        if (link.length() > ShareLink.MAX_LENGTH) {
            // A link this long would be refused when opened; the address keeps no hash rather than a broken one.
            hash.write("");
            url.setValue("");
            say("This exercise is too large for a link; download it as a file and share that instead.");
            return;
        }
        hash.write(link);
        url.setValue(Dom.href());
    }

    private void copy() {
        say(Dom.copy(url) ? "Link copied." : "Select the link and copy it (Ctrl+C or ⌘C).");
    }

    private void say(String message) {
        status.setTextContent(message == null ? "" : message);
    }
}
