package backprop.cli;

import backprop.exercise.FileText;
import backprop.session.AttemptFile;
import backprop.session.AttemptFileException;
import backprop.session.Tally;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code gradebook DIR [--csv OUT.csv] [--after-feedback W] [--force]}: every attempt file in a folder re-graded by
 * the core, one row per file: the student, the exercise, how many cells were reached each way, the score and a
 * {@code tampered} flag where the file's own verdicts disagree with the re-grade. The file's verdicts are never used:
 * its steps are replayed through the same {@link backprop.session.Attempt} the page uses. A file that is no attempt
 * is named with the reason and the rest is graded.
 *
 * <p>The score is (first-try + consistent + W · after-feedback) / total, in percent with two decimals: a consistent
 * cell is right method on the student's own earlier numbers, which the tutor credits; a value typed back after the
 * tutor showed it earns W (0 unless given); shown and wrong cells earn nothing.
 */
final class GradebookCommand {

    static final String HEADER = "student,exercise,first-try,after-feedback,consistent,shown,wrong,unanswered,total,score %,tampered,file,note";

    private GradebookCommand() {
    }

    static void run(List<String> raw, PrintStream out, PrintStream err) throws CliException {
        String dir = null;
        String csv = null;
        double weight = 0;
        boolean force = false;
        for (int k = 0; k < raw.size(); k++) {
            String s = raw.get(k);
            if (s.equals("--help") || s.equals("-h")) {
                out.print(Usage.TEXT);
                return;
            } else if (s.equals("--force")) {
                force = true;
            } else if (s.equals("--csv") || s.startsWith("--csv=")) {
                csv = value(raw, k, s, "--csv");
                if (!s.contains("=")) k++;
            } else if (s.equals("--after-feedback") || s.startsWith("--after-feedback=")) {
                String w = value(raw, k, s, "--after-feedback");
                if (!s.contains("=")) k++;
                weight = weight(w);
            } else if (s.startsWith("-") && s.length() > 1) {
                throw CliException.usage("'gradebook' has no option " + s);
            } else if (dir != null) {
                throw CliException.usage("'gradebook' takes one folder, found '" + dir + "' and '" + s + "'");
            } else {
                dir = s;
            }
        }
        if (dir == null) throw CliException.usage("'gradebook' needs the folder of attempt files: gradebook DIR [--csv OUT.csv]");
        Path folder = Paths.get(dir);
        if (!Files.isDirectory(folder)) throw CliException.input(dir + ": no such folder");
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !Files.isRegularFile(p)) continue;
                if (csv != null && p.toAbsolutePath().normalize().equals(Paths.get(csv).toAbsolutePath().normalize())) continue;
                files.add(p);
            }
        } catch (IOException e) {
            throw CliException.input(dir + ": cannot be listed (" + e.getMessage() + ")");
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));

        List<Row> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path p : files) {
            String name = p.getFileName().toString();
            try {
                rows.add(row(name, read(p), weight));
            } catch (AttemptFileException e) {
                skipped.add(name + ": not an attempt file: " + e.getMessage());
            }
        }
        rows.sort((a, b) -> a.student.equals(b.student) ? a.file.compareTo(b.file) : a.student.compareTo(b.student));
        Map<String, Integer> perStudent = new HashMap<>();
        for (Row r : rows) if (!r.student.isEmpty()) perStudent.merge(r.student, 1, Integer::sum);
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Row r : rows) {
            String note = r.note;
            Integer n = perStudent.get(r.student);
            if (n != null && n > 1) note = join(note, n + " files for this student");
            if (r.student.isEmpty()) note = join(note, "no student name or id in the file");
            sb.append(r.line(note)).append('\n');
        }
        if (csv != null) {
            Path target = Paths.get(csv);
            if (Files.exists(target) && !force) throw CliException.input(csv + " already exists; pass --force to overwrite it");
            try {
                if (target.getParent() != null) Files.createDirectories(target.getParent());
                Files.writeString(target, sb.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw CliException.input("could not write " + csv + ": " + e.getMessage());
            }
            out.println("graded " + rows.size() + " attempt file" + (rows.size() == 1 ? "" : "s") + " into " + csv
                    + (skipped.isEmpty() ? "" : "; " + skipped.size() + " skipped"));
        } else {
            out.print(sb);
        }
        for (String s : skipped) err.println("skipped " + s);
    }

    private static Row row(String file, String text, double weight) throws AttemptFileException {
        AttemptFile.Record rec = AttemptFile.read(text);
        AttemptFile.Regrade g = AttemptFile.regrade(rec);
        Row r = new Row();
        r.file = file;
        r.student = rec.who() == null ? "" : rec.who();
        r.exercise = rec.exercise().title();
        r.tally = g.tally();
        r.percent = percent(g.tally(), weight);
        r.tampered = g.tampered();
        r.note = g.tampered() ? g.disagreements().get(0) + (g.disagreements().size() > 1 ? " (and " + (g.disagreements().size() - 1) + " more)" : "") : "";
        if (rec.course() != null && rec.student() != null && !rec.student().equalsIgnoreCase(rec.courseId())) {
            r.note = join(r.note, "name typed: " + rec.student());
        }
        return r;
    }

    /** (first-try + consistent + weight · after-feedback) / total in percent, two decimals, half up. */
    static String percent(Tally t, double weight) {
        if (t.total() == 0) return "0.00";
        BigDecimal earned = BigDecimal.valueOf(t.firstTry() + t.consistent()).add(BigDecimal.valueOf(weight).multiply(BigDecimal.valueOf(t.afterFeedback())));
        return earned.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(t.total()), 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static final class Row {
        String file;
        String student;
        String exercise;
        Tally tally;
        String percent;
        boolean tampered;
        String note;

        String line(String note) {
            return cell(student) + "," + cell(exercise) + "," + tally.firstTry() + "," + tally.afterFeedback() + "," + tally.consistent()
                    + "," + tally.shown() + "," + tally.wrong() + "," + tally.unanswered() + "," + tally.total() + "," + percent + ","
                    + (tampered ? "yes" : "no") + "," + cell(file) + "," + cell(note);
        }
    }

    /**
     * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. Text a student typed that a
     * spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
     */
    static String cell(String s) {
        String t = s == null ? "" : s;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) t = "'" + t;
        if (t.indexOf(',') < 0 && t.indexOf('"') < 0 && t.indexOf('\n') < 0 && t.indexOf('\r') < 0) return t;
        return '"' + t.replace("\"", "\"\"") + '"';
    }

    private static String join(String a, String b) {
        return a == null || a.isEmpty() ? b : a + "; " + b;
    }

    /** The file's text: its size checked first, then UTF-8 (a byte-order mark is dropped). */
    private static String read(Path p) throws AttemptFileException {
        try {
            long size = Files.size(p);
            if (size > AttemptFile.MAX_CHARS) throw new AttemptFileException("", "the file has " + size + " bytes; an attempt file has at most " + AttemptFile.MAX_CHARS);
            byte[] b = Files.readAllBytes(p);
            for (byte x : b) if (x == 0) throw new AttemptFileException("", "the file is not UTF-8 text");
            return FileText.utf8(b);
        } catch (IOException e) {
            throw new AttemptFileException("", "cannot be read (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new AttemptFileException("", "the file is not UTF-8 text");
        }
    }

    private static String value(List<String> raw, int k, String s, String name) throws CliException {
        String v = s.contains("=") ? s.substring(s.indexOf('=') + 1) : k + 1 < raw.size() ? raw.get(k + 1) : null;
        if (v == null || v.isEmpty()) throw CliException.usage(name + " needs a value");
        return v;
    }

    private static double weight(String w) throws CliException {
        double v;
        try {
            v = Double.parseDouble(w);
        } catch (NumberFormatException e) {
            throw CliException.usage("--after-feedback must be a number from 0 to 1, found '" + w + "'");
        }
        if (!(v >= 0 && v <= 1)) throw CliException.usage("--after-feedback must be a number from 0 to 1, found '" + w + "'");
        return v;
    }
}
