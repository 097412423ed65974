package backprop.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.random.Prng;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Base64url, strict UTF-8 and XML escaping, the three hand-written encoders the exports rely on. */
class EncodingTest {

    @Test
    void base64UrlMatchesTheRfcVectors() {
        // RFC 4648 §10, without the padding.
        String[][] v = {{"", ""}, {"f", "Zg"}, {"fo", "Zm8"}, {"foo", "Zm9v"}, {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"}, {"foobar", "Zm9vYmFy"}};
        for (String[] p : v) {
            assertEquals(p[1], Base64Url.encode(p[0].getBytes(StandardCharsets.US_ASCII)));
            assertEquals(p[0], new String(Base64Url.decode(p[1]), StandardCharsets.US_ASCII));
        }
        // 0xFB 0xFF is "+/8=" in standard base64; the URL alphabet has '-' and '_'.
        assertEquals("-_8", Base64Url.encode(new byte[] {(byte) 0xFB, (byte) 0xFF}));
        assertArrayEquals(new byte[] {(byte) 0xFB, (byte) 0xFF}, Base64Url.decode("-_8="));
    }

    @Test
    void base64UrlRoundTripsEveryLengthAndAgreesWithTheJdk() {
        Prng rng = new Prng(1);
        for (int n = 0; n < 300; n++) {
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) b[i] = (byte) rng.nextInt(256);
            String s = Base64Url.encode(b);
            assertEquals(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b), s);
            assertArrayEquals(b, Base64Url.decode(s));
        }
    }

    @Test
    void base64UrlRefusesWhatNoEncoderWrites() {
        assertEquals("its length (1 characters) is not that of any base64url text; it was probably cut short",
                assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("A")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("Zm9v/g"));
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("Zm 9v"));
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("Zg==="));
    }

    @Test
    void utf8EncodesLikeTheJdkIncludingLoneSurrogates() {
        String[] texts = {"", "plain ascii", "W⁽²⁾₀₁ − ∂L/∂ŷ", "é ß Ω", "\uD83D\uDE00 emoji", "\u007F\u0080\u07FF\u0800\uFFFF",
            "lone high \uD800 end", "lone low \uDC00", "ends high \uDBFF"};
        for (String t : texts) assertArrayEquals(t.getBytes(StandardCharsets.UTF_8), Utf8.encode(t), t);
        Prng rng = new Prng(7);
        for (int n = 0; n < 500; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n % 40; i++) sb.append((char) rng.nextInt(0x10000));
            String t = sb.toString();
            assertArrayEquals(t.getBytes(StandardCharsets.UTF_8), Utf8.encode(t), "case " + n);
        }
    }

    @Test
    void asciiHexDigitsOnlyAndCodePointNames() {
        assertEquals(0, Utf8.hexDigit('0'));
        assertEquals(9, Utf8.hexDigit('9'));
        assertEquals(10, Utf8.hexDigit('a'));
        assertEquals(15, Utf8.hexDigit('F'));
        assertEquals(-1, Utf8.hexDigit('g'));
        assertEquals(-1, Utf8.hexDigit('\uFF10'));   // a full-width digit is no hex digit in a URL
        assertEquals("U+0007", Utf8.codePoint('\u0007'));
        assertEquals("U+D83D", Utf8.codePoint('\uD83D'));
    }

    @Test
    void utf8DecodesWellFormedTextLikeTheJdk() {
        String s = "aé€😀∂L/∂W⁽²⁾₀₁ −1.1";
        assertEquals(s, Utf8.decode(s.getBytes(StandardCharsets.UTF_8)));
        assertEquals("", Utf8.decode(new byte[0]));
        // U+10FFFF, the last code point, and U+FFFD itself are fine.
        assertEquals("\uDBFF\uDFFF\uFFFD", Utf8.decode(new byte[] {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF, (byte) 0xEF, (byte) 0xBF, (byte) 0xBD}));
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
        for (byte[] b : bad) assertThrows(IllegalArgumentException.class, () -> Utf8.decode(b));
        assertEquals("byte 3 does not start well-formed UTF-8 text",
                assertThrows(IllegalArgumentException.class, () -> Utf8.decode(new byte[] {'o', 'k', (byte) 0xE2, (byte) 0x82})).getMessage());
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
