package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.model.Localized;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The launcher's texts: {@code messages.properties} (pt-BR) and {@code messages_en.properties}. */
public final class CliText {
    /** The resource bundle of the help and messages. */
    public static final String BUNDLE = "br.com.webplanet.roteiro.examples.cli.messages";

    private CliText() {}

    /**
     * pt-BR unless the environment asks for English: {@code ROTEIRO_LANG}, else the first set of
     * {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}, starting with {@code en}.
     */
    public static Locale localeFrom(Map<String, String> env) {
        for (String name : new String[] {"ROTEIRO_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Localized.PT_BR;
            }
        }
        return Localized.PT_BR;
    }

    /** The current locale's text for {@code key}, formatted with {@code args}. */
    public static String get(String key, Object... args) {
        Locale locale = Locale.getDefault();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage())
                ? Locale.ENGLISH : Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    /** The locale the launcher speaks (and renders reports in). */
    public static Locale locale() {
        return "en".equals(Locale.getDefault().getLanguage()) ? Locale.ENGLISH : Localized.PT_BR;
    }
}
