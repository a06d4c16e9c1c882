package br.com.webplanet.roteiro.examples;

/** The launcher's process exit codes (listed in {@code --help} and the README). */
public final class ExitCode {
    /** Every step done (or had nothing to do). */
    public static final int OK = 0;
    /** Something needs attention: a human task, a step that needs attention or was skipped. */
    public static final int ATTENTION = 1;
    /** A step failed (or the run could not finish). */
    public static final int FAILED = 2;
    /** Usage or configuration error: nothing ran (as {@code EX_USAGE} of sysexits.h). */
    public static final int USAGE = 64;

    private ExitCode() {}
}
