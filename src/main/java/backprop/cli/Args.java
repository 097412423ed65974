package backprop.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments after the command name: {@code --json}, {@code --preset ID} (or {@code --preset=ID})
 * anywhere, and positional arguments. {@code --} ends the options, for a file whose name starts with "-".
 */
final class Args {

    final List<String> positional = new ArrayList<>();
    boolean json;
    boolean help;
    String preset;

    private Args() {
    }

    static Args parse(List<String> raw, String command, boolean presetAllowed) throws CliException {
        Args a = new Args();
        boolean options = true;
        for (int k = 0; k < raw.size(); k++) {
            String s = raw.get(k);
            if (options && s.equals("--")) {
                options = false;
            } else if (options && s.equals("--json")) {
                a.json = true;
            } else if (options && (s.equals("--help") || s.equals("-h"))) {
                a.help = true;
            } else if (options && presetAllowed && (s.equals("--preset") || s.startsWith("--preset="))) {
                String id;
                if (s.equals("--preset")) {
                    if (k + 1 >= raw.size()) throw CliException.usage("--preset needs a preset id (see 'list')");
                    id = raw.get(++k);
                } else {
                    id = s.substring("--preset=".length());
                }
                if (id.isEmpty()) throw CliException.usage("--preset needs a preset id (see 'list')");
                if (a.preset != null) throw CliException.usage("--preset is given twice");
                a.preset = id;
            } else if (options && s.startsWith("-") && s.length() > 1) {
                throw CliException.usage("'" + command + "' has no option " + s);
            } else {
                a.positional.add(s);
            }
        }
        return a;
    }
}
