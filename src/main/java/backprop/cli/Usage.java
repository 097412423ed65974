package backprop.cli;

/** The help text; kept beside the commands so the two change together. */
final class Usage {

    private Usage() {
    }

    static final String TEXT = """
        backprop-tutor: answer keys and grading for backpropagation exercises

        usage: java -jar target/backprop-tutor-0.1.0.jar COMMAND [OPTIONS]

        commands:
          list [--json]                              the built-in exercises: id and title
          solve [--json] FILE.json                   the worked solution of an exercise file
          solve [--json] --preset ID                 the worked solution of a built-in exercise
          check [--json] FILE.json ANSWERS.json      grade answers (an object: cell id -> typed answer)
          check [--json] --preset ID ANSWERS.json
          generate --seed S [--count N] [--out DIR] [--moodle FILE.xml [--per-cell]] [--force] [CHOICES]
                                                     N practice exercises (seeds S, S+1, …) with answer keys:
                                                     DIR/exercise-SEED.json, .key.txt, .key.json (DIR: generated)
          moodle [--per-cell] FILE.json | --preset ID
                                                     the exercise as a Moodle XML question bank, on stdout: one
                                                     Cloze question with every asked cell (--per-cell: one
                                                     question per cell); generate --moodle: one Cloze per seed
          gradebook DIR [--csv OUT.csv] [--after-feedback W] [--force]
                                                     re-grade every attempt file in DIR ("Download my attempt"):
                                                     one CSV row per file, with a tampered flag; score % =
                                                     (first-try + consistent + W·after-feedback) / total, W = 0
          key --student ID --course NAME [--opts CHOICES] [--json]
                                                     the answer key of that student's exercise from the class
                                                     link #seed-from=NAME&opts=CHOICES
          scorm (--preset ID | FILE.json | --seeded CHOICES --course NAME) --out PACKAGE.zip
                [--mastery PERCENT] [--credit first-try|after-feedback] [--title TEXT] [--force]
                                                     the tutor as a SCORM 1.2 package for an LMS; --seeded gives
                                                     each student their own exercise from their LMS student id
          help                                       this text

        CHOICES for generate, comma-separated, e.g. 2-3-1,relu,linear,half-sum-squared,bias,noskip,nice,nodead,lr=0.1
        (layer sizes first; then any of: activations, a loss, bias|nobias, skip|noskip,
        nice|two-decimals, dead|nodead, lr=RATE).

        --json prints machine-readable JSON instead of text.
        Exit status: 0 done, 1 bad input (file, preset id, answers), 2 bad command line.
        """;

    static final String HINT = "run 'java -jar target/backprop-tutor-0.1.0.jar help' for usage";
}
