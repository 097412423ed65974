package backprop.cli;

import backprop.exercise.ExerciseWriter;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.generate.StudentSeed;
import backprop.model.Exercise;
import backprop.scorm.LmsSession;
import backprop.scorm.ScormConfig;
import backprop.scorm.ScormPackage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code scorm (--preset ID | FILE.json | --seeded CHOICES --course NAME) [--mastery PERCENT] [--credit first-try|after-feedback]
 * [--title TEXT] --out PACKAGE.zip [--force]}: the tutor as a SCORM 1.2 package for an LMS, built from the site the jar
 * carries ({@code site/…}, put there by the build) with the page's SCORM build ({@code site-scorm/tutor.js}) in place of
 * its tutor.js.
 */
final class ScormCommand {

    /** Every entry gets this time, so the same inputs give the same zip, byte for byte (2026-01-01T00:00:00Z). */
    static final long ENTRY_TIME = 1767225600000L;

    private ScormCommand() {
    }

    /** The options, read from the command line. */
    static final class Options {
        String preset;
        String file;
        String seeded;
        String course;
        int mastery = ScormConfig.NO_MASTERY;
        boolean afterFeedback = true;
        String title;
        String out;
        boolean force;
        boolean help;
    }

    static void run(List<String> raw, PrintStream out) throws CliException {
        Options o = parse(raw);
        if (o.help) {
            out.print(Usage.TEXT);
            return;
        }
        Map<String, byte[]> files = build(o, ScormCommand::jarSite);
        Path target = Path.of(o.out);
        if (Files.exists(target) && !o.force) throw CliException.input(o.out + ": exists already (give --force to replace it)");
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (OutputStream os = Files.newOutputStream(target)) {
                zip(files, os);
            }
        } catch (IOException e) {
            throw CliException.input(o.out + ": cannot be written (" + e.getMessage() + ")");
        }
        out.println("wrote " + o.out + ": a SCORM 1.2 package of " + files.size() + " files (" + String.join(", ", files.keySet()) + ")");
    }

    /** The built site's files by name; read only once the exercise is known to be good. */
    interface Site {
        Map<String, byte[]> files() throws CliException;
    }

    /** The package's files for these options and this site. */
    static Map<String, byte[]> build(Options o, Site site) throws CliException {
        ScormConfig config;
        String title;
        String exerciseFile = null;
        if (o.seeded != null) {
            GeneratorOptions choices;
            try {
                choices = GeneratorOptions.parse(o.seeded);
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--seeded: " + e.getMessage());
            }
            // One student's exercise made now, so that choices no draw can solve are refused here and not in the LMS.
            Main.solve(ExerciseGenerator.generate(StudentSeed.of(o.course, LmsSession.SAMPLE_ID), choices));
            config = new ScormConfig(null, null, choices.format(), o.course, o.mastery, o.afterFeedback);
            title = "backprop-tutor · " + o.course + " · " + choices.format();
        } else {
            Exercise ex = o.preset != null ? ExerciseSource.preset(o.preset) : ExerciseSource.file(o.file);
            Main.solve(ex);
            exerciseFile = ExerciseWriter.write(ex, true);
            config = new ScormConfig(o.preset, o.preset != null ? null : ExerciseWriter.write(ex, false), null, null, o.mastery, o.afterFeedback);
            title = ex.title();
        }
        try {
            return ScormPackage.files(site.files(), config, o.title != null ? o.title : title, exerciseFile);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the site inside this jar cannot be packaged: " + e.getMessage(), e);
        }
    }

    static void zip(Map<String, byte[]> files, OutputStream os) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(os, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry e = new ZipEntry(f.getKey());
                e.setTime(ENTRY_TIME);
                zip.putNextEntry(e);
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
    }

    /** The built site inside the jar, listed by its site/files.txt, with the package's own tutor.js. */
    static Map<String, byte[]> jarSite() throws CliException {
        String list = resource("files.txt");
        if (list == null) {
            throw CliException.input("this build has no site inside (site/files.txt is missing): build the jar with 'mvn package'");
        }
        Map<String, byte[]> site = new LinkedHashMap<>();
        for (String name : list.split("\n")) {
            if (name.isBlank()) continue;
            try (InputStream in = ScormCommand.class.getResourceAsStream("/site/" + name.strip())) {
                if (in == null) throw CliException.input("this build's site lists " + name + " but does not hold it: rebuild with 'mvn package'");
                site.put(name.strip(), in.readAllBytes());
            } catch (IOException e) {
                throw CliException.input("site/" + name + " cannot be read from the jar (" + e.getMessage() + ")");
            }
        }
        // The package's own build of the page, which alone carries the LMS side (the site's has none of it).
        try (InputStream in = ScormCommand.class.getResourceAsStream("/site-scorm/tutor.js")) {
            if (in == null) throw CliException.input("this build has no SCORM tutor.js inside (site-scorm/tutor.js): rebuild with 'mvn package'");
            site.put("tutor.js", in.readAllBytes());
        } catch (IOException e) {
            throw CliException.input("site-scorm/tutor.js cannot be read from the jar (" + e.getMessage() + ")");
        }
        return site;
    }

    private static String resource(String name) throws CliException {
        try (InputStream in = ScormCommand.class.getResourceAsStream("/site/" + name)) {
            if (in == null) return null;
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.input("site/" + name + " cannot be read from the jar (" + e.getMessage() + ")");
        }
    }

    static Options parse(List<String> raw) throws CliException {
        Options o = new Options();
        for (int k = 0; k < raw.size(); k++) {
            String s = raw.get(k);
            boolean option = s.startsWith("--") && s.length() > 2;
            String name = option && s.contains("=") ? s.substring(0, s.indexOf('=')) : s;
            String inline = option && s.contains("=") ? s.substring(s.indexOf('=') + 1) : null;
            boolean takes = name.equals("--preset") || name.equals("--seeded") || name.equals("--course") || name.equals("--mastery")
                    || name.equals("--credit") || name.equals("--title") || name.equals("--out");
            String v = null;
            if (takes) {
                v = inline != null ? inline : k + 1 < raw.size() ? raw.get(++k) : null;
                if (v == null || v.isEmpty()) throw CliException.usage(name + " needs a value");
            }
            switch (name) {
                case "--help", "-h" -> o.help = true;
                case "--force" -> o.force = true;
                case "--preset" -> o.preset = once(o.preset, v, name);
                case "--seeded" -> o.seeded = once(o.seeded, v, name);
                case "--course" -> o.course = once(o.course, v, name);
                case "--title" -> o.title = once(o.title, v, name);
                case "--out" -> o.out = once(o.out, v, name);
                case "--mastery" -> {
                    o.mastery = ScormConfig.percent(v);
                    if (o.mastery == ScormConfig.NO_MASTERY) throw CliException.usage("--mastery must be a whole percentage from 0 to 100, found '" + v + "'");
                }
                case "--credit" -> {
                    if (!v.equals("first-try") && !v.equals("after-feedback")) {
                        throw CliException.usage("--credit is first-try (only cells right at the first try earn their mark) or after-feedback"
                                + " (cells put right after feedback earn it too), found '" + v + "'");
                    }
                    o.afterFeedback = v.equals("after-feedback");
                }
                default -> {
                    if (s.startsWith("-") && s.length() > 1) throw CliException.usage("'scorm' has no option " + s);
                    o.file = once(o.file, s, "an exercise file");
                }
            }
        }
        if (o.help) return o;
        int sources = (o.preset != null ? 1 : 0) + (o.file != null ? 1 : 0) + (o.seeded != null ? 1 : 0);
        if (sources != 1) {
            throw CliException.usage("'scorm' needs exactly one exercise: --preset ID, an exercise file, or --seeded CHOICES --course NAME");
        }
        if (o.seeded != null && (o.course == null || o.course.isBlank())) {
            throw CliException.usage("--seeded needs --course NAME: the class's name and each student's id make the student's seed");
        }
        if (o.seeded == null && o.course != null) throw CliException.usage("--course goes with --seeded only");
        if (o.out == null) throw CliException.usage("'scorm' needs --out PACKAGE.zip");
        return o;
    }

    private static String once(String before, String value, String what) throws CliException {
        if (before != null) throw CliException.usage(what + " is given twice ('" + before + "' and '" + value + "')");
        return value;
    }
}
