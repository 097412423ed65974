package backprop.session;

/**
 * What came of a request to open an exercise: the exercise to show (null: keep the one on screen) and the
 * messages for the student, each for its own place on the page: a file or exercise that could not be used,
 * a link that could not be opened, and what happened to saved work.
 */
public final class Opening {

    Opened opened;
    String loadError;
    String linkError;
    String storageMessage;
    boolean storageFailed;
    backprop.export.ShareLink.StudentLink askStudent;
    String studentError;
    boolean waitsForGenerator;

    public Opened opened() {
        return opened;
    }

    public String loadError() {
        return loadError;
    }

    public String linkError() {
        return linkError;
    }

    public String storageMessage() {
        return storageMessage;
    }

    /**
     * The opening needs the generator, which is not there yet: nothing was opened or stored, and the same request
     * made again once it is {@link Generator#ready()} opens the exercise.
     */
    public boolean waitsForGenerator() {
        return waitsForGenerator;
    }

    /** A class link without the student's id: the page asks for it (its class and options are here); else null. */
    public backprop.export.ShareLink.StudentLink askStudent() {
        return askStudent;
    }

    /** Why the id typed for a class link opens no exercise; null when it did. */
    public String studentError() {
        return studentError;
    }

    /** A write to storage failed while opening: what is on screen may not survive a reload. */
    public boolean storageFailed() {
        return storageFailed;
    }
}
