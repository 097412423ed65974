package backprop.browser;

import java.util.Locale;

/** The browser engines the tests can drive, chosen with {@code -Dbrowser=chromium|firefox|webkit} (Chromium when unset). */
enum Engine {
    CHROMIUM, FIREFOX, WEBKIT;

    static Engine fromProperty() {
        String name = System.getProperty("browser", "chromium").trim().toLowerCase(Locale.ROOT);
        for (Engine e : values()) {
            if (e.key().equals(name)) return e;
        }
        throw new IllegalArgumentException("-Dbrowser=" + name + ": expected chromium, firefox or webkit");
    }

    /** The name used in -Dbrowser and in file names such as docs/screenshot-firefox.png. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
