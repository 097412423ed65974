package backprop.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.exercise.FileText;
import backprop.random.Prng;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Links' base64url and strict UTF-8 on the JVM (JDK codecs, with the tutor's messages), and XML escaping. */
class EncodingTest {

    private static final JavaLinkCodec CODEC = JavaLinkCodec.INSTANCE;

    @Test
    void linksMatchTheRfcVectorsInTheUrlAlphabetWithoutPadding() {
        // RFC 4648 §10, without the padding.
        String[][] v = {{"", ""}, {"f", "Zg"}, {"fo", "Zm8"}, {"foo", "Zm9v"}, {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"}, {"foobar", "Zm9vYmFy"}};
        for (String[] p : v) {
            assertEquals(p[1], CODEC.encode(p[0]));
            assertEquals(p[0], CODEC.decode(p[1]));
        }
        // "ÿ?" is the bytes C3 BF 3F: "w78/" in standard base64, where the URL alphabet writes '_' for '/'.
        assertEquals("w78_", CODEC.encode("ÿ?"));
        // U+FBFF is EF AF BF: "76+/" in standard base64, "76-_" here.
        assertEquals("76-_", CODEC.encode("\uFBFF"));
        assertEquals("\uFBFF", CODEC.decode("76-_"));
        // Padding from another tool is tolerated.
        assertEquals("f", CODEC.decode("Zg=="));
        assertEquals("fo", CODEC.decode("Zm8="));
    }

    @Test
    void linksRoundTripTextOfEveryKind() {
        Prng rng = new Prng(1);
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n % 50; i++) {
                int kind = rng.nextInt(4);
                if (kind == 0) sb.append((char) (0x20 + rng.nextInt(0x5F)));
                else if (kind == 1) sb.append((char) (0xA0 + rng.nextInt(0xD800 - 0xA0)));
                else if (kind == 2) sb.appendCodePoint(0x10000 + rng.nextInt(0x100000));
                else sb.append("∂L/∂W⁽²⁾₀₁ −");
            }
            String t = sb.toString();
            assertEquals(t, CODEC.decode(CODEC.encode(t)), "case " + n);
        }
    }

    @Test
    void linksNameWhatIsDamaged() {
        assertEquals("its length (1 characters) is not that of any base64url text; it was probably cut short",
                assertThrows(IllegalArgumentException.class, () -> CODEC.decode("A")).getMessage());
        assertEquals("character 5 ('/') is not base64url (A–Z, a–z, 0–9, '-', '_')",
                assertThrows(IllegalArgumentException.class, () -> CODEC.decode("Zm9v/g")).getMessage());
        assertEquals("character 3 (' ') is not base64url (A–Z, a–z, 0–9, '-', '_')",
                assertThrows(IllegalArgumentException.class, () -> CODEC.decode("Zm 9")).getMessage());
        assertEquals("character 2 ('U+0007') is not base64url (A–Z, a–z, 0–9, '-', '_')",
                assertThrows(IllegalArgumentException.class, () -> CODEC.decode("Z\u0007m9")).getMessage());
        // Three '=' are more padding than any encoder writes: the third is a character that is not base64url.
        assertThrows(IllegalArgumentException.class, () -> CODEC.decode("Zg==="));
        // "wA" is the byte C0, which starts no UTF-8 text.
        assertEquals("byte 1 does not start well-formed UTF-8 text",
                assertThrows(IllegalArgumentException.class, () -> CODEC.decode("wA")).getMessage());
    }

    @Test
    void utf8DecodesWellFormedText() {
        String s = "aé€😀∂L/∂W⁽²⁾₀₁ −1.1";
        assertEquals(s, FileText.utf8(s.getBytes(StandardCharsets.UTF_8)));
        assertEquals("", FileText.utf8(new byte[0]));
        // U+10FFFF, the last code point, and U+FFFD itself are fine.
        assertEquals("\uDBFF\uDFFF\uFFFD", FileText.utf8(new byte[] {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF, (byte) 0xEF, (byte) 0xBF, (byte) 0xBD}));
    }

    @Test
    void utf8RefusesMalformedBytes() {
        byte[][] bad = {
            {(byte) 0x80},                                        // a continuation byte first
            {(byte) 0xC3},                                        // cut short
            {(byte) 0xC3, (byte) 0x28},                           // a continuation byte missing
            {(byte) 0xC0, (byte) 0x80},                           // overlong NUL
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},              // overlong '/'
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},              // a UTF-16 surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xFF},
        };
        for (byte[] b : bad) assertThrows(IllegalArgumentException.class, () -> FileText.utf8(b));
        assertEquals("byte 3 does not start well-formed UTF-8 text",
                assertThrows(IllegalArgumentException.class, () -> FileText.utf8(new byte[] {'o', 'k', (byte) 0xE2, (byte) 0x82})).getMessage());
        assertEquals("byte 2 does not start well-formed UTF-8 text",
                assertThrows(IllegalArgumentException.class, () -> FileText.utf8(new byte[] {'o', (byte) 0xED, (byte) 0xA0, (byte) 0x80})).getMessage());
    }

    @Test
    void asciiHexDigitsOnly() {
        assertEquals(0, ShareLink.hexDigit('0'));
        assertEquals(9, ShareLink.hexDigit('9'));
        assertEquals(10, ShareLink.hexDigit('a'));
        assertEquals(15, ShareLink.hexDigit('F'));
        assertEquals(-1, ShareLink.hexDigit('g'));
        assertEquals(-1, ShareLink.hexDigit('\uFF10'));   // a full-width digit is no hex digit in a URL
    }

    @Test
    void xmlEscapingSurvivesARealParser() {
        String nasty = "a & b < c > d \"e\" 'f' ]]> g ]]]]> h \u0001\u0008\uFFFE\uD800 i 😀 \t\n";
        String legal = "a & b < c > d \"e\" 'f' ]]> g ]]]]> h  i 😀 \t\n";
        assertEquals("a &amp; b &lt; c &gt; d \"e\" 'f' ]]&gt; g ]]]]&gt; h  i 😀 \t\n", Xml.text(nasty));
        String doc = "<r a=\"" + Xml.attribute(nasty) + "\"><t>" + Xml.text(nasty) + "</t><c>" + Xml.cdata(nasty) + "</c></r>";
        Document d = MoodleXmlTest.parse(doc);
        assertEquals(legal, d.getElementsByTagName("t").item(0).getTextContent());
        assertEquals(legal, d.getElementsByTagName("c").item(0).getTextContent());
        // Attribute values normalise tab and newline to spaces, as XML requires.
        assertEquals(legal.replace('\t', ' ').replace('\n', ' '), d.getDocumentElement().getAttribute("a"));
    }
}
