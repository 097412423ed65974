package backprop.scorm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An LMS in memory that records every call, as "LMSSetValue cmi.core.score.raw=50" and so on. */
final class FakeLms implements LmsApi {

    final Map<String, String> data = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    boolean accepts = true;

    FakeLms with(String element, String value) {
        data.put(element, value);
        return this;
    }

    @Override
    public boolean initialize() {
        calls.add("LMSInitialize");
        return accepts;
    }

    @Override
    public String get(String element) {
        calls.add("LMSGetValue " + element);
        String v = data.get(element);
        return v == null ? "" : v;
    }

    @Override
    public boolean set(String element, String value) {
        calls.add("LMSSetValue " + element + "=" + value);
        data.put(element, value);
        return true;
    }

    @Override
    public boolean commit() {
        calls.add("LMSCommit");
        return true;
    }

    @Override
    public boolean finish() {
        calls.add("LMSFinish");
        return true;
    }

    long count(String call) {
        return calls.stream().filter(c -> c.equals(call)).count();
    }
}
