package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.TextBundle;
import java.util.Locale;
import java.util.Map;

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
        return TextBundle.of(CliText.class, "messages", Locale.getDefault()).get(key, args);
    }

    /** The locale the launcher speaks (and renders reports in). */
    public static Locale locale() {
        return TextBundle.speak(Locale.getDefault());
    }
}
