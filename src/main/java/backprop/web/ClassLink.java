package backprop.web;

import backprop.export.ShareLink;
import backprop.session.Opening;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The form a class link ({@code #seed-from=NAME&opts=…}) shows: the student types their id and gets their own
 * exercise. The library derives the seed and judges the id; this only gathers the text and shows what it said.
 */
final class ClassLink {

    private final HTMLElement form = Dom.byId("class-form");
    private final HTMLInputElement id = (HTMLInputElement) Dom.byId("class-id");
    private final HTMLElement error = Dom.byId("class-error");
    private final Page page;
    private final Hash hash;
    private ShareLink.StudentLink asked;

    ClassLink(Page page, Hash hash) {
        this.page = page;
        this.hash = hash;
        Dom.byId("class-open").addEventListener("click", e -> Page.safely(this::open));
        id.addEventListener("keydown", (EventListener<KeyboardEvent>) e -> {
            if ("Enter".equals(e.getKey())) Page.safely(this::open);
        });
    }

    /** After any opening: the form is shown while a class link waits for an id, with the library's message if any. */
    void show(Opening o) {
        if (o.askStudent() != null) {
            boolean fresh = asked == null;
            asked = o.askStudent();
            Dom.byId("class-name").setTextContent(asked.course());
            Dom.hide(form, false);
            // The address stays the class link until the id is given, so a reload asks again rather than forgetting it.
            hash.write(ShareLink.forStudent(asked.course(), null, asked.options()));
            if (fresh) id.focus();
        } else if (o.opened() != null) {
            asked = null;
            Dom.hide(form, true);
        }
        Dom.notice(error, o.studentError());
        if (o.studentError() != null) {
            id.setAttribute("aria-invalid", "true");
            id.focus();
        } else {
            id.removeAttribute("aria-invalid");
        }
    }

    private void open() {
        if (asked != null) page.openStudent(asked.course(), id.getValue(), asked.options());
    }
}
