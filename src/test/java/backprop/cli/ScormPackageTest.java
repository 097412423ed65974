package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import backprop.exercise.ExerciseJson;
import backprop.exercise.Presets;
import backprop.scorm.ScormConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SCORM package: its manifest parsed and checked against the zip, its configuration, and the command's errors. */
class ScormPackageTest {

    private static final String CP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    private static final String ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

    /** A site as the build makes it, small: what is packaged does not depend on what the files say. */
    private static Map<String, byte[]> site() {
        Map<String, byte[]> s = new LinkedHashMap<>();
        s.put("index.html", "<!doctype html><html><head></head><body><main></main>\n<script src=\"tutor.js\"></script>\n</body></html>\n"
                .getBytes(StandardCharsets.UTF_8));
        s.put("style.css", "body{}".getBytes(StandardCharsets.UTF_8));
        s.put("sw.js", "self.addEventListener('fetch',function(){});".getBytes(StandardCharsets.UTF_8));
        s.put("tutor.js", "function main(){}\nmain();\n".getBytes(StandardCharsets.UTF_8));
        return s;
    }

    private static Map<String, byte[]> build(String... args) throws CliException {
        return ScormCommand.build(ScormCommand.parse(List.of(args)), ScormPackageTest::site);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }

    private static byte[] zip(Map<String, byte[]> files) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ScormCommand.zip(files, b);
        return b.toByteArray();
    }

    private static Document manifest(Map<String, byte[]> zip) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.get("imsmanifest.xml")));
    }

    private static String text(Map<String, byte[]> zip, String name) {
        return new String(zip.get(name), StandardCharsets.UTF_8);
    }

    @Test
    void theManifestHasOneScoListingEveryFileOfTheZip() throws Exception {
        Map<String, byte[]> zip = unzip(zip(build("--preset", "004-relu-231", "--mastery", "80", "--out", "x.zip")));
        Document m = manifest(zip);
        NodeList orgs = m.getElementsByTagNameNS(CP, "organization");
        NodeList items = m.getElementsByTagNameNS(CP, "item");
        NodeList resources = m.getElementsByTagNameNS(CP, "resource");
        assertEquals(1, orgs.getLength());
        assertEquals(1, items.getLength());
        assertEquals(1, resources.getLength());
        Element item = (Element) items.item(0);
        Element sco = (Element) resources.item(0);
        assertEquals(sco.getAttribute("identifier"), item.getAttribute("identifierref"));
        assertEquals("sco", sco.getAttributeNS(ADLCP, "scormtype"));
        assertEquals(((Element) m.getElementsByTagNameNS(CP, "organizations").item(0)).getAttribute("default"),
                ((Element) orgs.item(0)).getAttribute("identifier"));
        String href = sco.getAttribute("href");
        assertEquals("index.html", href);
        assertTrue(zip.containsKey(href), "the SCO's page is in the zip");
        TreeSet<String> listed = new TreeSet<>();
        NodeList files = sco.getElementsByTagNameNS(CP, "file");
        for (int i = 0; i < files.getLength(); i++) listed.add(((Element) files.item(i)).getAttribute("href"));
        TreeSet<String> inZip = new TreeSet<>(zip.keySet());
        inZip.remove("imsmanifest.xml");
        assertEquals(inZip, listed, "every file of the zip is listed, and nothing else");
        assertEquals(new TreeSet<>(List.of("exercise.json", "index.html", "scorm-config.js", "style.css", "tutor.js")), inZip,
                "the site without its service worker, the configuration and the exercise");
        assertEquals("80", m.getElementsByTagNameNS(ADLCP, "masteryscore").item(0).getTextContent());
        assertEquals("1.2", m.getElementsByTagNameNS(CP, "schemaversion").item(0).getTextContent());
        assertEquals(Presets.byId("004-relu-231").exercise().title(), item.getElementsByTagNameNS(CP, "title").item(0).getTextContent());
    }

    @Test
    void thePageLoadsTheConfigurationBeforeTheTutor() throws Exception {
        Map<String, byte[]> zip = unzip(zip(build("--preset", "004-relu-231", "--credit", "first-try", "--out", "x.zip")));
        String index = text(zip, "index.html");
        int config = index.indexOf("<script src=\"scorm-config.js\"></script>");
        assertTrue(config > 0 && config < index.indexOf("<script src=\"tutor.js\"></script>"), index);
        String script = text(zip, "scorm-config.js");
        assertTrue(script.startsWith("window.backpropScorm = ") && script.endsWith(";\n"), script);
        ScormConfig c = ScormConfig.parse(script.substring("window.backpropScorm = ".length(), script.length() - 2));
        assertEquals(new ScormConfig("004-relu-231", null, null, "", ScormConfig.NO_MASTERY, false), c);
        assertEquals(Presets.byId("004-relu-231").exercise().title(), ExerciseJson.parse(text(zip, "exercise.json")).title());
        assertEquals(0, manifest(zip).getElementsByTagNameNS(ADLCP, "masteryscore").getLength(), "no mastery score, none in the manifest");
    }

    @Test
    void aFileIsCarriedWholeAndASeededPackageCarriesItsChoices(@TempDir Path dir) throws Exception {
        String json = text(unzip(zip(build("--preset", "002-scalar-chain", "--out", "x.zip"))), "exercise.json");
        Path file = CliRun.write(dir, "mine.json", json);
        Map<String, byte[]> fromFile = unzip(zip(build(file.toString(), "--out", "x.zip")));
        String script = text(fromFile, "scorm-config.js");
        ScormConfig c = ScormConfig.parse(script.substring("window.backpropScorm = ".length(), script.length() - 2));
        assertNotNull(c.exerciseJson());
        assertEquals(Presets.byId("002-scalar-chain").exercise().title(), ExerciseJson.parse(c.exerciseJson()).title());

        Map<String, byte[]> seeded = unzip(zip(build("--seeded", "2-3-1,relu,linear", "--course", "ML101", "--mastery", "75", "--out", "x.zip")));
        String s = text(seeded, "scorm-config.js");
        ScormConfig sc = ScormConfig.parse(s.substring("window.backpropScorm = ".length(), s.length() - 2));
        assertEquals("ML101", sc.course());
        assertEquals("2-3-1,relu,linear", sc.seeded().substring(0, "2-3-1,relu,linear".length()));
        assertFalse(seeded.containsKey("exercise.json"), "each student's exercise is made in the page");
        assertTrue(text(seeded, "imsmanifest.xml").contains("<title>backprop-tutor · ML101 · 2-3-1,relu,linear"));
    }

    @Test
    void theSameInputsGiveTheSameZip() throws Exception {
        assertArrayEquals(zip(build("--preset", "004-relu-231", "--out", "x.zip")), zip(build("--preset", "004-relu-231", "--out", "x.zip")));
    }

    @Test
    void badCommandLinesAreSaidAndNothingIsWritten(@TempDir Path dir) {
        String out = dir.resolve("p.zip").toString();
        record Case(String[] args, int code, String message) {
        }
        for (Case c : new Case[] {
            new Case(new String[] {"scorm", "--out", out}, 2, "needs exactly one exercise"),
            new Case(new String[] {"scorm", "--preset", "004-relu-231", "x.json", "--out", out}, 2, "needs exactly one exercise"),
            new Case(new String[] {"scorm", "--seeded", "2-3-1"}, 2, "--seeded needs --course NAME"),
            new Case(new String[] {"scorm", "--preset", "004-relu-231"}, 2, "needs --out"),
            new Case(new String[] {"scorm", "--preset", "004-relu-231", "--mastery", "120", "--out", out}, 2, "--mastery must be a whole percentage"),
            new Case(new String[] {"scorm", "--preset", "004-relu-231", "--credit", "all", "--out", out}, 2, "--credit is first-try"),
            new Case(new String[] {"scorm", "--preset", "004-relu-231", "--course", "ML", "--out", out}, 2, "--course goes with --seeded only"),
            new Case(new String[] {"scorm", "--seeded", "2-3-1,purple", "--course", "ML", "--out", out}, 2, "--seeded: "),
            new Case(new String[] {"scorm", "--preset", "nope", "--out", out}, 1, "no preset is called 'nope'"),
            new Case(new String[] {"scorm", dir.resolve("missing.json").toString(), "--out", out}, 1, "no such file"),
            new Case(new String[] {"scorm", "--preset", "004-relu-231", "--zip", out}, 2, "'scorm' has no option --zip"),
        }) {
            CliRun r = CliRun.of(c.args);
            assertEquals(c.code, r.code(), String.join(" ", c.args) + "\n" + r.err());
            assertTrue(r.err().contains(c.message), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        assertFalse(Files.exists(dir.resolve("p.zip")));
    }

    /** The whole command on the site the build put into target/classes (skipped before the first mvn package). */
    @Test
    void theCommandZipsTheBuiltSite(@TempDir Path dir) throws Exception {
        assumeTrue(ScormCommand.class.getResource("/site/files.txt") != null, "no built site on the class path yet");
        Path out = dir.resolve("course.zip");
        CliRun r = CliRun.of("scorm", "--preset", "004-relu-231", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, byte[]> zip = unzip(Files.readAllBytes(out));
        assertTrue(text(zip, "tutor.js").endsWith("main();\n"), "the finished tutor.js, with the call that starts it");
        assertTrue(text(zip, "tutor.js").contains("LMSInitialize"), "the package's own build, with its LMS side");
        try (var site = ScormCommand.class.getResourceAsStream("/site/tutor.js")) {
            assertFalse(new String(site.readAllBytes(), StandardCharsets.UTF_8).contains("LMSInitialize"),
                    "the site's tutor.js carries nothing of the LMS side");
        }
        assertTrue(text(zip, "index.html").contains("id=\"lms-status\""));
        assertFalse(zip.containsKey("sw.js"));
        CliRun again = CliRun.of("scorm", "--preset", "004-relu-231", "--out", out.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("exists already"), again.err());
        assertEquals(0, CliRun.of("scorm", "--preset", "004-relu-231", "--out", out.toString(), "--force").code());
    }
}
