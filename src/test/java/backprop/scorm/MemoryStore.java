package backprop.scorm;

import backprop.session.Store;
import java.util.HashMap;
import java.util.Map;

/** The browser's storage, in memory. */
final class MemoryStore implements Store {

    final Map<String, String> data = new HashMap<>();

    @Override
    public String get(String key) {
        return data.get(key);
    }

    @Override
    public void put(String key, String value) {
        data.put(key, value);
    }

    @Override
    public void remove(String key) {
        data.remove(key);
    }
}
