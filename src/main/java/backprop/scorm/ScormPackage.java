package backprop.scorm;

import backprop.export.Xml;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files of a SCORM 1.2 package (JVM only; the {@code scorm} command zips them): the built site, its
 * index.html loading {@code scorm-config.js} (the package's {@link ScormConfig}, as a script: a page on file:// or
 * in an LMS can fetch nothing, and the page's policy {@code script-src 'self'} allows a script beside it) before
 * tutor.js, the exercise file where there is one, and {@code imsmanifest.xml}: one organization, one item, one
 * resource with {@code adlcp:scormtype="sco"} whose {@code <file>}s are every other file of the package.
 */
public final class ScormPackage {

    public static final String MANIFEST = "imsmanifest.xml";
    public static final String CONFIG = "scorm-config.js";
    static final String TUTOR_SCRIPT = "<script src=\"tutor.js\"></script>";

    private ScormPackage() {
    }

    /**
     * site: the built site's files by name (the service worker and the jar's file list are left out: an LMS serves
     * the package itself). exerciseFile: the exercise as a file for the instructor, or null. IllegalArgumentException
     * when the site is not one this version can package.
     */
    public static Map<String, byte[]> files(Map<String, byte[]> site, ScormConfig config, String title, String exerciseFile) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> f : site.entrySet()) {
            String name = f.getKey();
            if (name.equals("sw.js") || name.equals("files.txt")) continue;
            out.put(name, name.equals("index.html") ? packagedIndex(f.getValue()) : f.getValue());
        }
        if (!out.containsKey("tutor.js")) throw new IllegalArgumentException("the site has no tutor.js");
        out.put(CONFIG, config.script().getBytes(StandardCharsets.UTF_8));
        if (exerciseFile != null) out.put("exercise.json", exerciseFile.getBytes(StandardCharsets.UTF_8));
        out.put(MANIFEST, manifest(out.keySet(), config, title).getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static byte[] packagedIndex(byte[] index) {
        String html = new String(index, StandardCharsets.UTF_8);
        if (!html.contains(TUTOR_SCRIPT)) throw new IllegalArgumentException("the site's index.html has no " + TUTOR_SCRIPT);
        return html.replace(TUTOR_SCRIPT, "<script src=\"" + CONFIG + "\"></script>\n" + TUTOR_SCRIPT).getBytes(StandardCharsets.UTF_8);
    }

    static String manifest(Iterable<String> files, ScormConfig config, String title) {
        String t = Xml.text(title);
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<manifest identifier=\"backprop-tutor\" version=\"1.0\"\n");
        sb.append("    xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n");
        sb.append("    xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"\n");
        sb.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        sb.append("    xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd"
                + " http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd"
                + " http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">\n");
        sb.append("  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>\n  </metadata>\n");
        sb.append("  <organizations default=\"backprop-tutor-org\">\n");
        sb.append("    <organization identifier=\"backprop-tutor-org\">\n");
        sb.append("      <title>").append(t).append("</title>\n");
        sb.append("      <item identifier=\"backprop-tutor-item\" identifierref=\"backprop-tutor-sco\" isvisible=\"true\">\n");
        sb.append("        <title>").append(t).append("</title>\n");
        if (config.mastery() != ScormConfig.NO_MASTERY) {
            sb.append("        <adlcp:masteryscore>").append(config.mastery()).append("</adlcp:masteryscore>\n");
        }
        sb.append("      </item>\n    </organization>\n  </organizations>\n");
        sb.append("  <resources>\n");
        sb.append("    <resource identifier=\"backprop-tutor-sco\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"index.html\">\n");
        for (String f : files) sb.append("      <file href=\"").append(Xml.attribute(f)).append("\"/>\n");
        sb.append("    </resource>\n  </resources>\n</manifest>\n");
        return sb.toString();
    }
}
