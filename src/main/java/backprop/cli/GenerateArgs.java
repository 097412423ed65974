package backprop.cli;

import java.util.List;

/**
 * The arguments of {@code generate}. The seed is required: a batch nobody can reproduce is no use
 * to an instructor who has to re-issue one student's sheet.
 */
final class GenerateArgs {

    long seed;
    int count = GenerateCommand.DEFAULT_COUNT;
    String out = GenerateCommand.DEFAULT_OUT;
    String moodle;
    String choices;
    boolean force;
    /** The Moodle bank as one question per cell instead of one Cloze question per exercise. */
    boolean perCell;
    boolean help;

    private GenerateArgs() {
    }

    static GenerateArgs parse(List<String> raw) throws CliException {
        GenerateArgs a = new GenerateArgs();
        boolean seedGiven = false;
        for (int k = 0; k < raw.size(); k++) {
            String s = raw.get(k);
            String name = s.contains("=") && s.startsWith("--") ? s.substring(0, s.indexOf('=')) : s;
            String inline = s.contains("=") && s.startsWith("--") ? s.substring(s.indexOf('=') + 1) : null;
            switch (name) {
                case "--help", "-h" -> a.help = true;
                case "--force" -> a.force = true;
                case "--per-cell" -> a.perCell = true;
                case "--seed" -> {
                    a.seed = integer(name, value(raw, k, inline, name), Long.MIN_VALUE, Long.MAX_VALUE);
                    seedGiven = true;
                }
                case "--count" -> a.count = (int) integer(name, value(raw, k, inline, name), 1, 10_000);
                case "--out" -> a.out = value(raw, k, inline, name);
                case "--moodle" -> a.moodle = value(raw, k, inline, name);
                default -> {
                    if (s.startsWith("-") && !s.matches("-?\\d.*")) throw CliException.usage("'generate' has no option " + s);
                    if (a.choices != null) throw CliException.usage("'generate' takes one set of choices, found '" + a.choices + "' and '" + s + "'");
                    a.choices = s;
                }
            }
            if (inline == null && needsValue(name)) k++;
        }
        if (!a.help && !seedGiven) throw CliException.usage("'generate' needs --seed S (any whole number; the same seed gives the same exercises)");
        return a;
    }

    private static boolean needsValue(String name) {
        return name.equals("--seed") || name.equals("--count") || name.equals("--out") || name.equals("--moodle");
    }

    private static String value(List<String> raw, int k, String inline, String name) throws CliException {
        String v = inline != null ? inline : k + 1 < raw.size() ? raw.get(k + 1) : null;
        if (v == null || v.isEmpty()) throw CliException.usage(name + " needs a value");
        return v;
    }

    private static long integer(String name, String text, long min, long max) throws CliException {
        long v;
        try {
            v = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw CliException.usage(name + " must be a whole number, found '" + text + "'");
        }
        if (v < min || v > max) throw CliException.usage(name + " must be from " + min + " to " + max + ", found " + v);
        return v;
    }
}
