package backprop.session;

import java.util.LinkedHashMap;
import java.util.Map;

/** A store in memory that can be made to fail as browsers' storage does: blocked, throwing, or full. */
public final class FakeStore implements Store {

    public final Map<String, String> data = new LinkedHashMap<>();
    public boolean failGet;
    public boolean failPut;
    public boolean failRemove;
    /** Characters the whole store may hold (keys and values), as a quota does; MAX_VALUE for none. */
    public int capacity = Integer.MAX_VALUE;

    @Override
    public String get(String key) {
        if (failGet) throw new StoreException("blocked");
        return data.get(key);
    }

    @Override
    public void put(String key, String value) {
        if (failPut) throw new StoreException("blocked");
        String old = data.get(key);
        int used = used() - (old == null ? 0 : key.length() + old.length());
        if (used + key.length() + value.length() > capacity) throw new StoreException("full");
        data.put(key, value);
    }

    @Override
    public void remove(String key) {
        if (failRemove) throw new StoreException("blocked");
        data.remove(key);
    }

    int used() {
        int n = 0;
        for (Map.Entry<String, String> e : data.entrySet()) n += e.getKey().length() + e.getValue().length();
        return n;
    }
}
