package backprop.cli;

import backprop.exercise.ExerciseException;
import backprop.exercise.ExerciseJson;
import backprop.exercise.Presets;
import backprop.model.Exercise;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.IOException;

/** Where an exercise comes from: a file on disk or a built-in preset. Every failure names the file. */
final class ExerciseSource {

    private ExerciseSource() {
    }

    static Exercise preset(String id) throws CliException {
        Presets.Preset p = Presets.byId(id);
        if (p == null) {
            StringBuilder ids = new StringBuilder();
            for (Presets.Preset q : Presets.all()) ids.append(ids.length() == 0 ? "" : ", ").append(q.id());
            throw CliException.input("no preset is called '" + id + "'; the presets are " + ids);
        }
        return p.exercise();
    }

    static Exercise file(String path) throws CliException {
        String text = readText(path);
        try {
            return ExerciseJson.parse(text);
        } catch (ExerciseException e) {
            throw CliException.input(path + ": " + e.getMessage());
        }
    }

    /** A UTF-8 text file, without the byte-order mark some editors write (JSON parsers reject it). */
    static String readText(String path) throws CliException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(path));
        } catch (NoSuchFileException e) {
            throw CliException.input(path + ": no such file");
        } catch (AccessDeniedException e) {
            throw CliException.input(path + ": permission denied");
        } catch (InvalidPathException e) {
            throw CliException.input(path + ": not a valid file name");
        } catch (IOException e) {
            boolean dir = Files.isDirectory(Path.of(path));
            throw CliException.input(path + ": " + (dir ? "is a directory, not a file" : "cannot be read (" + e.getMessage() + ")"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw CliException.input(path + ": not UTF-8 text");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
