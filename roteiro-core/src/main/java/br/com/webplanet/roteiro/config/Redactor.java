package br.com.webplanet.roteiro.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from a text before it is logged, stored or reported: every configured
 * {@link Secret}'s value, and anything that looks like a credential ({@code Authorization: Bearer …},
 * {@code token=…}, {@code password=…}, GitHub tokens) becomes {@value Secret#REDACTED}. The engine
 * passes error messages and report texts through {@link RoteiroConfiguration#redactor()}.
 */
public final class Redactor implements UnaryOperator<String> {
    private static final List<Pattern> CREDENTIALS = List.of(
            Pattern.compile("(?i)(authorization\\s*[:=]\\s*(?:bearer|basic|token)\\s+)[^\\s\"',;]+"),
            Pattern.compile("(?i)(\\bbearer\\s+)[A-Za-z0-9._~+/=-]{8,}"),
            Pattern.compile("(?i)(\\b(?:access_token|token|password|passwd|pwd|secret|api[_-]?key|client_secret)"
                    + "\\s*[=:]\\s*\"?)[^\\s\"&,;]+"),
            Pattern.compile("()\\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})"));
    private static final Redactor PATTERNS_ONLY = new Redactor(List.of());

    private final List<String> secrets;

    private Redactor(List<String> secrets) {
        this.secrets = secrets;
    }

    /** Secrets shorter than this are not searched for: they would blank out ordinary words everywhere. */
    public static final int MIN_SECRET_LENGTH = 4;

    /** A redactor for these secret values (shorter than {@link #MIN_SECRET_LENGTH} ignored) plus the credential patterns. */
    public static Redactor of(Collection<String> secretValues) {
        Objects.requireNonNull(secretValues, "secretValues is null");
        return new Redactor(secretValues.stream().filter(s -> s != null && s.length() >= MIN_SECRET_LENGTH).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    /** A redactor that knows no configured secret, only the credential patterns. */
    public static Redactor patternsOnly() {
        return PATTERNS_ONLY;
    }

    /** A redactor for this one's secret values and {@code more} (so one pass covers both). */
    public Redactor with(Collection<String> more) {
        Objects.requireNonNull(more, "more is null");
        List<String> all = new ArrayList<>(secrets);
        all.addAll(more);
        return of(all);
    }

    /** The text with every secret replaced by {@value Secret#REDACTED}; null stays null. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, Secret.REDACTED);
        }
        for (Pattern p : CREDENTIALS) {
            Matcher m = p.matcher(out);
            if (m.find()) {
                out = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + Secret.REDACTED));
            }
        }
        return out;
    }

    /** Same as {@link #redact}, so a redactor can be passed where a {@code UnaryOperator<String>} is expected. */
    @Override
    public String apply(String text) {
        return redact(text);
    }

    /** How many configured secret values this redactor knows (for diagnostics; never the values). */
    public int size() {
        return secrets.size();
    }
}
