package dev.boundary.core.io;

/**
 * A CSV text that cannot be read, with a message for people saying what is wrong and where, e.g.
 * {@code line 7: expected 3 columns, found 2}.
 */
public final class CsvException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int lineNumber;
    private final String problem;

    /**
     * @param lineNumber 1-based line of the text (blank lines counted), or 0 when the problem is with
     *     the file as a whole
     * @param problem what is wrong, without the line prefix
     */
    public CsvException(int lineNumber, String problem) {
        super(lineNumber > 0 ? "line " + lineNumber + ": " + problem : problem);
        this.lineNumber = lineNumber;
        this.problem = problem;
    }

    /** The 1-based line the problem is on, or 0 when it concerns the whole file. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The message without its {@code line N: } prefix. */
    public String problem() {
        return problem;
    }
}
