package backprop.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The escape that MathML labels and Moodle's question text share, appended to markup already written. */
class XmlTest {

    @Test
    void appendsTextWithTheThreeMarkupCharactersAsEntities() {
        StringBuilder sb = new StringBuilder("<mi>");
        Xml.appendEscaped(sb, "a<b>&amp; \"q\" 'x' ∂L");
        assertEquals("<mi>a&lt;b&gt;&amp;amp; \"q\" 'x' ∂L", sb.toString());
    }

    @Test
    void keepsEveryOtherCharacterAsItIs() {
        StringBuilder sb = new StringBuilder();
        Xml.appendEscaped(sb, "\u0001\t𝑥");
        assertEquals("\u0001\t𝑥", sb.toString());
    }
}
