package br.com.webplanet.roteiro.model;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The one way roteiro reads its user-facing texts. A bundle {@code name.properties} is pt-BR (the
 * default) and {@code name_en.properties} English; any English locale reads the English file, every
 * other locale (and {@code null}) the pt-BR one, and the JVM's default locale is never consulted.
 * A text is a {@link MessageFormat} pattern when arguments are given ({@code ''} for a quote), and is
 * returned as written when there are none.
 *
 * <p>The bundle is looked up with the class loader of its {@code owner}, so a plugin loaded by its
 * own class loader finds its own bundle.
 */
public final class TextBundle {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;
    /**
     * Parsed once per key (intake formats a few texts per message). MessageFormat is not thread-safe: a format
     * is used under its own lock, which costs nothing uncontended, where a clone per call copied its sub-formats.
     */
    private final Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    private TextBundle(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The bundle {@code name} in the package of {@code owner} (e.g. {@code of(MyStep.class, "messages", locale)}
     * reads {@code my/pkg/messages.properties} or {@code messages_en.properties}).
     */
    public static TextBundle of(Class<?> owner, String name, Locale locale) {
        Locale spoken = speak(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(owner.getPackageName() + "." + name,
                english(spoken) ? Locale.ENGLISH : Locale.ROOT, owner.getClassLoader(), NO_FALLBACK);
        return new TextBundle(bundle, spoken);
    }

    /** Whether {@code locale} is English (else roteiro speaks pt-BR); {@code null} is pt-BR. */
    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The locale roteiro speaks for {@code locale}: {@link Locale#ENGLISH} or pt-BR. */
    public static Locale speak(Locale locale) {
        return english(locale) ? Locale.ENGLISH : Localized.PT_BR;
    }

    /** The text of {@code key}, formatted with {@code args} when there are any. */
    public String get(String key, Object... args) {
        if (args.length == 0) {
            return bundle.getString(key);
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** Every key with its text as written (labels a page renders itself). */
    public Map<String, String> all() {
        Map<String, String> texts = new LinkedHashMap<>();
        bundle.keySet().stream().sorted().forEach(k -> texts.put(k, bundle.getString(k)));
        return texts;
    }

    /** {@link Locale#ENGLISH} or pt-BR. */
    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return english(locale);
    }

    /** The text of {@code key} of the bundle {@code name} next to {@code owner}, in pt-BR and English. */
    public static Localized localized(Class<?> owner, String name, String key, Object... args) {
        return Localized.of(of(owner, name, Localized.PT_BR).get(key, args), of(owner, name, Locale.ENGLISH).get(key, args));
    }
}
