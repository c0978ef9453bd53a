package briefs.cli;

import briefs.model.BadInputException;
import briefs.model.LineFolding;
import briefs.model.Problem;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where exceptions become messages and exit codes. User errors are not bugs: bad
 * usage, bad input and a file the file system refuses (a full disk, an output folder that is a
 * file or read-only) get a message the user can act on and {@link ExitCodes#BAD_INPUT}, never a
 * stack trace; anything else is an internal error, {@link ExitCodes#FAILED}, with the stack trace
 * only under {@code --verbose}.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /** Unknown command or option, missing or malformed value: picocli's message, then how to get help. */
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        if (args.length == 0) {
            // A bare "briefs" is a question, not a mistake: answer with the whole usage.
            command.usage(err, command.getColorScheme());
            return ExitCodes.BAD_INPUT;
        }
        err.println(command.getColorScheme().errorText(message(ex, command)));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.print(command.getHelp().fullSynopsis());
        err.printf("Try '%s --help' for more information.%n", command.getCommandSpec().qualifiedName());
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** picocli calls a mistyped command an "unmatched argument"; say what the user did. */
    private static String message(ParameterException ex, CommandLine command) {
        if (ex instanceof UnmatchedArgumentException unmatched
                && !unmatched.isUnknownOption()
                && !command.getSubcommands().isEmpty()
                && command.getCommandSpec().positionalParameters().isEmpty()
                && !unmatched.getUnmatched().isEmpty()) {
            return "Unknown command: '" + unmatched.getUnmatched().get(0) + "'";
        }
        return ex.getMessage();
    }

    /** An exception thrown by a command's {@code call()}. */
    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        boolean verbose = verbose(parsed);
        BadInputException badInput = badInputIn(ex);
        if (badInput != null) {
            for (Problem problem : badInput.problems()) {
                err.println(LineFolding.oneLine(problem.toString()));
            }
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        FileSystemException fileProblem = fileProblemIn(ex);
        if (fileProblem != null) {
            // A full disk, a read-only or missing folder: the user can act on it, so it is no bug.
            err.println(LineFolding.oneLine(fileMessage(fileProblem)));
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (verbose) {
            err.println("briefs: internal error: " + LineFolding.oneLine(describe(ex)));
            ex.printStackTrace(err);
        } else {
            err.println("briefs: internal error: " + LineFolding.oneLine(describe(ex))
                    + " (run with --verbose for the stack trace)");
        }
        err.flush();
        return ExitCodes.FAILED;
    }

    /** Bad input may arrive wrapped (a worker thread's CompletionException, an UncheckedIOException). */
    private static BadInputException badInputIn(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BadInputException badInput) {
                return badInput;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static FileSystemException fileProblemIn(Throwable ex) {
        for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof FileSystemException fs) {
                return fs;
            }
        }
        return null;
    }

    /** The file and what is wrong with it; the JDK's own exceptions carry only the file. */
    private static String fileMessage(FileSystemException e) {
        String what = e.getReason() != null ? e.getReason()
                : e instanceof NoSuchFileException ? "not found"
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NotDirectoryException ? "not a folder"
                : e instanceof FileAlreadyExistsException ? "already exists"
                : describe(e);
        return e.getFile() + (e.getOtherFile() != null ? " -> " + e.getOtherFile() : "") + ": " + what;
    }

    /** {@code --verbose} is inherited, so it may have been given to the top command or to any subcommand. */
    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(Main.VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    /** The message, or the exception's kind when it has none (a bare NullPointerException). */
    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getName() : message;
    }

}
