package backprop.web;

/**
 * TeaVM entry of a SCORM package's tutor.js: the page with its LMS ({@link Packaged}). A build of its own, so that
 * the site's tutor.js carries none of it (the site is over its size budget; an LMS is not).
 */
public final class ScormMain {

    private ScormMain() {
    }

    public static void main(String[] args) {
        Page.safely(() -> new Page(new Packaged(), new backprop.session.DirectGenerator()).start());
    }
}
