package backprop.web;

import backprop.session.Store;
import backprop.session.StoreException;

/**
 * localStorage as the session's {@link Store}. Reading it can throw (disabled, private windows) and writing can
 * also run out of quota; each failure becomes a StoreException so the page can say the work is not kept.
 */
final class BrowserStore implements Store {

    @Override
    public String get(String key) {
        String r = Dom.stored(key);
        if (r.charAt(0) == '2') throw new StoreException("this browser's storage cannot be read");
        return r.charAt(0) == '0' ? null : r.substring(1);
    }

    @Override
    public void put(String key, String value) {
        if (!Dom.store(key, value)) throw new StoreException("this browser's storage is full or blocked");
    }

    @Override
    public void remove(String key) {
        if (!Dom.store(key, null)) throw new StoreException("this browser's storage is blocked");
    }
}
