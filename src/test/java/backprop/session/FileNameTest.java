package backprop.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNameTest {

    @Test
    void downloadNamesAreLettersDigitsAndDashes() {
        assertEquals("worksheet-004-2-3-1-relu-net.json", FileName.of("Worksheet 004 · 2-3-1 ReLU net"));
        assertEquals("exercise.json", FileName.of("· ·"));
        assertEquals("a-b.json", FileName.of("a/../b!"));
    }
}
