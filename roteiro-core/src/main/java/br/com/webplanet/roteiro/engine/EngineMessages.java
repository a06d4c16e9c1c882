package br.com.webplanet.roteiro.engine;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/** The engine's report texts, pt-BR by default, English for an English locale. */
final class EngineMessages {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final br.com.webplanet.roteiro.report.ReportFormat format;

    EngineMessages(Locale locale) {
        this.locale = locale;
        this.format = new br.com.webplanet.roteiro.report.ReportFormat(locale, java.time.ZoneOffset.UTC);
        Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle("br.com.webplanet.roteiro.engine.messages", chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A duration as the reports write it ({@code 200 ms}, {@code 30 min}, {@code 1 h 30 min}): one formatter for all. */
    String human(Duration d) {
        return format.duration(d);
    }
}
