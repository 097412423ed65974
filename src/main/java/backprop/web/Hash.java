package backprop.web;

/**
 * The address's hash, which always names what is on screen. The page's own writes raise no hashchange
 * (replaceState), but Back and a pasted link do: those are links to open, told apart from the page's own
 * hash by remembering what it last wrote.
 */
final class Hash {

    interface Listener {
        void opened(String hash);
    }

    private String written;

    String current() {
        return Dom.hash();
    }

    /** Writes the hash of what is on screen, without a history entry per exercise; "" leaves the bare address. */
    void write(String h) {
        written = h;
        Dom.setHash(h);
    }

    void onChange(Listener l) {
        Dom.onHashChange(() -> {
            String h = Dom.hash();
            if (!h.equals(written)) l.opened(h);
        });
    }
}
