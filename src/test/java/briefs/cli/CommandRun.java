package briefs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** What a user sees from one run of a command line: the exit code, stdout and stderr. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        // Plain text whatever the console: a test must not depend on the terminal it runs in.
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, normalise(out.toString()), normalise(err.toString()));
    }

    static CommandRun briefs(String... args) {
        return of(Main.commandLine(args), args);
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n");
    }
}
