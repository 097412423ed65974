package backprop.cli;

import backprop.exercise.JsonArray;
import backprop.exercise.JsonObject;
import backprop.exercise.Presets;
import backprop.render.JsonPretty;
import java.io.PrintStream;

/** {@code list}: the presets, id and title. */
final class ListCommand {

    private ListCommand() {
    }

    static void run(Args args, PrintStream out) throws CliException {
        if (!args.positional.isEmpty()) throw CliException.usage("'list' takes no arguments, found " + args.positional.get(0));
        if (args.json) {
            JsonArray a = new JsonArray();
            for (Presets.Preset p : Presets.all()) a.add(new JsonObject().add("id", p.id()).add("title", p.exercise().title()));
            out.println(JsonPretty.write(a));
            return;
        }
        int width = 0;
        for (Presets.Preset p : Presets.all()) width = Math.max(width, p.id().length());
        for (Presets.Preset p : Presets.all()) {
            StringBuilder id = new StringBuilder(p.id());
            while (id.length() < width) id.append(' ');
            out.println(id + "  " + p.exercise().title());
        }
    }
}
