package br.com.webplanet.roteiro.config;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of configuration problems: pt-BR, or English for an English locale ({@code messages*.properties}). */
final class ConfigText {
    private static final String BUNDLE = "br.com.webplanet.roteiro.config.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    ConfigText(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("pt-BR");
        this.bundle = ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** For the process's default locale (the launcher sets it from {@code LANG}/{@code ROTEIRO_LANG}). */
    static ConfigText current() {
        return new ConfigText(Locale.getDefault());
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
