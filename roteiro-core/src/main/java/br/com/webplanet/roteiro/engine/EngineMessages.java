package br.com.webplanet.roteiro.engine;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/** The engine's report texts, pt-BR by default, English for an English locale. */
final class EngineMessages {
    private final ResourceBundle bundle;
    private final Locale locale;

    EngineMessages(Locale locale) {
        this.locale = locale;
        Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle("br.com.webplanet.roteiro.engine.messages", chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A duration as people write it: {@code 30 s}, {@code 5 min}, {@code 1 h 30 min}. */
    static String human(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return d.toMillis() < 1000 ? d.toMillis() + " ms" : seconds + " s";
        }
        long hours = seconds / 3600;
        long minutes = (seconds % 3600) / 60;
        long rest = seconds % 60;
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append(" h");
        }
        if (minutes > 0) {
            text.append(text.isEmpty() ? "" : " ").append(minutes).append(" min");
        }
        if (rest > 0) {
            text.append(text.isEmpty() ? "" : " ").append(rest).append(" s");
        }
        return text.toString();
    }
}
