package backprop.scorm;

/**
 * The SCORM 1.2 run-time API of the learning management system the page was launched from (the LMS's
 * {@code window.API}), reduced to what the tutor calls. The page implements it with the browser's API object;
 * the tests with a fake that records every call.
 */
public interface LmsApi {

    /** LMSInitialize(""): whether the LMS accepted the start of the lesson. */
    boolean initialize();

    /** LMSGetValue(element); "" when the LMS has no value or refuses. */
    String get(String element);

    /** LMSSetValue(element, value): whether the LMS took the value. */
    boolean set(String element, String value);

    /** LMSCommit(""). */
    boolean commit();

    /** LMSFinish(""). */
    boolean finish();
}
