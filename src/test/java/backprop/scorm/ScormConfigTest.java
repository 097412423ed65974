package backprop.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The package's configuration, as the command writes it and the page reads it back. */
class ScormConfigTest {

    @Test
    void everyKindOfPackageReadsBackAsWritten() {
        ScormConfig preset = new ScormConfig("004-relu-231", null, null, null, 80, true);
        ScormConfig file = new ScormConfig(null, "{\"title\":\"T\",\"input\":[1]}", null, null, ScormConfig.NO_MASTERY, false);
        ScormConfig seeded = new ScormConfig(null, null, "2-3-1,relu,linear", "ML 101", 75, true);
        assertEquals("{\"v\":1,\"preset\":\"004-relu-231\",\"mastery\":80,\"afterFeedback\":true}", preset.toJson());
        assertEquals(new ScormConfig("004-relu-231", null, null, "", 80, true), ScormConfig.parse(preset.toJson()));
        assertEquals(new ScormConfig(null, "{\"title\":\"T\",\"input\":[1]}", null, "", ScormConfig.NO_MASTERY, false), ScormConfig.parse(file.toJson()));
        assertEquals(seeded, ScormConfig.parse(seeded.toJson()));
        assertEquals("window.backpropScorm = " + preset.toJson() + ";\n", preset.script());
    }

    @Test
    void anythingElseIsNoConfiguration() {
        for (String junk : new String[] {"", "[]", "null", "{\"v\":2,\"preset\":\"x\"}", "{\"v\":1}", "{\"v\":1,\"preset\":\"x\",\"seeded\":\"2-1\"}",
            "{\"v\":1,\"preset\":7}", "{\"v\":1,\"preset\":\"x\",\"mastery\":101}", "{\"v\":1,\"preset\":\"x\",\"mastery\":80.5}",
            "{\"v\":1,\"preset\":\"x\",\"mastery\":-1}", "{\"v\":1,\"exercise\":\"not an object\"}"}) {
            assertNull(ScormConfig.parse(junk), junk);
        }
    }

    @Test
    void lineSeparatorsAreEscapedForTheScript() {
        ScormConfig c = new ScormConfig(null, null, "2-1", "A\u2028B", ScormConfig.NO_MASTERY, true);
        assertEquals(-1, c.script().indexOf('\u2028'));
        assertEquals("A\u2028B", ScormConfig.parse(c.script().substring("window.backpropScorm = ".length(), c.script().length() - 2)).course());
    }
}
