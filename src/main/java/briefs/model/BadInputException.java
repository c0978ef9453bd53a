package briefs.model;

import java.util.List;

/**
 * Input a user can fix: a data file, a template, a command-line value. It carries the problems
 * found; the command line prints them and exits with the bad-input code, never a stack trace.
 */
public class BadInputException extends RuntimeException {
    private final List<Problem> problems;

    public BadInputException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public BadInputException(Problem problem) {
        this(List.of(problem));
    }

    public BadInputException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problems = List.of(problem);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems is empty: a BadInputException needs at least one");
        }
        return problems.size() == 1
                ? problems.get(0).toString()
                : problems.get(0) + " (and " + (problems.size() - 1) + " more)";
    }
}
