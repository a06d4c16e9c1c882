package br.com.webplanet.roteiro.report;

import java.util.List;

/**
 * Why a step failed: exception type, message and the chain of causes' messages (outermost
 * first). Built with secrets redacted; never holds a stack trace of user data.
 */
public record StepError(String type, String message, List<String> causes) {
    public StepError {
        type = type == null ? "" : type;
        message = message == null ? "" : message;
        causes = causes == null ? List.of() : List.copyOf(causes);
    }

    public static StepError of(Throwable error) {
        java.util.ArrayList<String> chain = new java.util.ArrayList<>();
        for (Throwable c = error.getCause(); c != null && c != c.getCause() && chain.size() < 8; c = c.getCause()) {
            chain.add(c.getClass().getSimpleName() + ": " + c.getMessage());
        }
        return new StepError(error.getClass().getName(), String.valueOf(error.getMessage()), chain);
    }
}
