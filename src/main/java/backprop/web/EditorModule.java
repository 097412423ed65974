package backprop.web;

import backprop.exercise.ExerciseException;
import backprop.exercise.ExerciseJson;
import backprop.exercise.ExerciseWriter;
import backprop.model.Exercise;

/**
 * TeaVM entry of {@code editor.js}, the exercise editor the page loads the first time the editor is opened
 * ({@link EditorLoader}), so that its form, the draft and its rules cost the first screen nothing. The two programs
 * share no objects, so they pass the exercise as exercise-file text: {@code window.backpropEditor.show(text)} fills
 * the form with the exercise on screen, {@code openAt(paramId)} focuses a weight's or bias's field, and Apply hands
 * the edited exercise to {@code window.backpropPage.openEdited(text)}.
 */
public final class EditorModule {

    private static Editor editor;

    private EditorModule() {
    }

    public static void main(String[] args) {
        Dom.expose("backpropEditor", "show", EditorModule::show);
        Dom.expose("backpropEditor", "openAt", EditorModule::openAt);
    }

    /** Fills the form with the exercise on screen; "" when done, else what went wrong. */
    static String show(String exerciseText) {
        try {
            Exercise ex = ExerciseJson.parse(exerciseText);
            if (editor == null) {
                editor = new Editor(EditorModule::apply);
                editor.start(ex);
            } else {
                editor.refresh(ex);
            }
            return "";
        } catch (ExerciseException e) {
            return "The editor cannot show this exercise: " + e.where() + ": " + e.problem();
        } catch (RuntimeException e) {
            return "The editor cannot show this exercise: " + e.getMessage();
        }
    }

    static String openAt(String paramId) {
        if (editor != null) editor.openAt(paramId);
        return "";
    }

    private static String apply(Exercise ex) {
        String problem = Dom.call("backpropPage", "openEdited", ExerciseWriter.write(ex, false));
        return problem != null ? problem : "Nothing applied: the page did not answer; reload it and try again.";
    }
}
