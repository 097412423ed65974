package backprop.web;

import java.util.Map;

/** Judges one cell against the true value and against the student's other answers (cell id → typed text). */
interface Grader {
    Verdict grade(String cellId, Map<String, String> answers);
}
