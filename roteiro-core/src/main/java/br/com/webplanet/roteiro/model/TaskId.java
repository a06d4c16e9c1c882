package br.com.webplanet.roteiro.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A task's identifier, derived from its cause: the step that raised it and what it is about
 * ({@code subject}). The same problem raised again on another day is the same task. Short
 * enough to type ({@code t-} and 10 hex digits of SHA-256), case-insensitive.
 */
public record TaskId(String value) {
    public TaskId {
        Checks.requireText(value, "task id");
        Checks.requireSingleLine(value, "task id");
        value = value.strip().toLowerCase(Locale.ROOT);
    }

    /** The id of the task {@code stepId} raises about {@code subject}. */
    public static TaskId of(String stepId, String subject) {
        Objects.requireNonNull(stepId, "stepId is null");
        Objects.requireNonNull(subject, "subject is null");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((stepId + '\n' + subject).getBytes(StandardCharsets.UTF_8));
            return new TaskId("t-" + HexFormat.of().formatHex(hash, 0, 5));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** An id as a person typed it ({@code T-3F9A…} or without the {@code t-}). */
    public static TaskId parse(String text) {
        Checks.requireText(text, "task id");
        String v = text.strip().toLowerCase(Locale.ROOT);
        return new TaskId(v.startsWith("t-") ? v : "t-" + v);
    }

    @Override
    public String toString() {
        return value;
    }
}
