package backprop.cli;

import backprop.exercise.ExerciseException;
import backprop.exercise.ExerciseJson;
import backprop.exercise.FileText;
import backprop.exercise.Limits;
import backprop.exercise.Presets;
import backprop.model.Exercise;
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
        byte[] bytes = readBytes(path);
        try {
            return ExerciseJson.parse(bytes);
        } catch (ExerciseException e) {
            throw CliException.input(path + ": " + e.getMessage());
        }
    }

    /** A text file by the rules of an exercise file ({@link FileText}): its size, then UTF-8 with or without a BOM. */
    static String readText(String path) throws CliException {
        byte[] bytes = readBytes(path);
        try {
            return FileText.decode(bytes);
        } catch (ExerciseException e) {
            throw CliException.input(path + ": " + e.getMessage());
        }
    }

    /** The file's bytes; one too large is refused by its size, before it is read. */
    private static byte[] readBytes(String path) throws CliException {
        try {
            Path p = Path.of(path);
            if (Files.isDirectory(p)) throw CliException.input(path + ": is a directory, not a file");
            long size = Files.exists(p) ? Files.size(p) : 0;
            if (size > Limits.FILE_BYTES) {
                throw CliException.input(path + ": the file is " + Limits.over(size, "bytes", Limits.FILE_BYTES, null));
            }
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw CliException.input(path + ": no such file");
        } catch (AccessDeniedException e) {
            throw CliException.input(path + ": permission denied");
        } catch (InvalidPathException e) {
            throw CliException.input(path + ": not a valid file name");
        } catch (IOException e) {
            throw CliException.input(path + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
