package backprop.web;

/** TeaVM entry of the site's tutor.js: index.html calls main() once tutor.js has loaded. */
public final class WebMain {

    private WebMain() {
    }

    public static void main(String[] args) {
        Page.safely(() -> new Page(null, new ModuleGenerator()).start());
    }
}
