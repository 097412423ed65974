package backprop.web;

import backprop.session.Store;
import backprop.session.StoreException;
import org.teavm.jso.JSBody;

/**
 * localStorage as the session's {@link Store}. Reading it can throw (disabled, private windows) and writing can
 * also run out of quota; each failure becomes a StoreException so the page can say the work is not kept.
 */
final class BrowserStore implements Store {

    @Override
    public String get(String key) {
        String r = get0(key);
        // One string carries both outcome and value: "0" absent, "1…" the value, "2" storage threw.
        if (r.charAt(0) == '2') throw new StoreException("this browser's storage cannot be read");
        return r.charAt(0) == '0' ? null : r.substring(1);
    }

    @Override
    public void put(String key, String value) {
        if (!put0(key, value)) throw new StoreException("this browser's storage is full or blocked");
    }

    @Override
    public void remove(String key) {
        if (!put0(key, null)) throw new StoreException("this browser's storage is blocked");
    }

    @JSBody(params = "k", script = "try{var v=localStorage.getItem(k);return v===null?'0':'1'+v;}catch(e){return '2';}")
    private static native String get0(String key);

    @JSBody(params = {"k", "v"}, script = "try{if(v===null)localStorage.removeItem(k);else localStorage.setItem(k,v);return true;}"
            + "catch(e){return false;}")
    private static native boolean put0(String key, String value);
}
