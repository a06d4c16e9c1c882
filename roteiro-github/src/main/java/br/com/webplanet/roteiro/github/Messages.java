package br.com.webplanet.roteiro.github;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The module's user-facing texts: pt-BR by default, English for an English locale. */
final class Messages {
    private static final String BUNDLE = "br.com.webplanet.roteiro.github.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private String issueTemplate;

    private Messages(Locale locale) {
        this.locale = locale;
        Locale lookup = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle(BUNDLE, lookup,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Messages of(Locale locale) {
        return new Messages(locale);
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    boolean english() {
        return locale != null && "en".equals(locale.getLanguage());
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
