package br.com.webplanet.roteiro.github;

import br.com.webplanet.roteiro.model.TextBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The module's user-facing texts ({@link TextBundle} {@code messages}: pt-BR, English) and its issue template. */
final class Messages {
    private final TextBundle bundle;
    private final Locale locale;
    private String issueTemplate;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = TextBundle.of(Messages.class, "messages", locale);
    }

    static Messages of(Locale locale) {
        return new Messages(locale);
    }

    String get(String key, Object... args) {
        return bundle.get(key, args);
    }

    boolean english() {
        return TextBundle.english(locale);
    }

    /** The run's locale, for {@link br.com.webplanet.roteiro.model.Localized#in} (may be null: pt-BR). */
    Locale locale() {
        return locale;
    }

    /** The issue body template for this locale ({@code issue-body.md}, or {@code issue-body_en.md}), read once. */
    String issueTemplate() {
        if (issueTemplate == null) {
            issueTemplate = readIssueTemplate();
        }
        return issueTemplate;
    }

    private String readIssueTemplate() {
        String name = english() ? "issue-body_en.md" : "issue-body.md";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("issue template " + name + " is missing from roteiro-github");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read issue template " + name, e);
        }
    }
}
