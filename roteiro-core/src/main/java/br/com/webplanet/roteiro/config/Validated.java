package br.com.webplanet.roteiro.config;

import br.com.webplanet.roteiro.model.TextBundle;
import java.util.List;
import java.util.Locale;

/**
 * Implemented by a configuration record whose fields must agree with each other (e.g. "when
 * {@code tls} is off, {@code port} must not be 993"). {@link RoteiroConfiguration#validate} calls
 * {@link #problems(Locale)} after binding and reports each entry together with every other problem.
 * Name keys as the file writes them ({@code g3stor.retry.max-backoff}), never Java names.
 */
public interface Validated {
    /** Sentences (English) that say what is wrong and what to do; empty when the record is consistent. */
    List<String> problems();

    /**
     * The same sentences in the user's language: pt-BR, or English for an English locale. The default
     * gives {@link #problems()}; a record overrides it to speak pt-BR.
     */
    default List<String> problems(Locale locale) {
        return problems();
    }

    /**
     * A record that writes its problems in pt-BR and English: it implements {@link #problems(Locale)} only,
     * and {@link #problems()} is the English of it.
     */
    interface Bilingual extends Validated {
        @Override
        List<String> problems(Locale locale);

        @Override
        default List<String> problems() {
            return problems(Locale.ENGLISH);
        }
    }

    /** Whether rules should be written in English for this locale (else pt-BR). */
    static boolean inEnglish(Locale locale) {
        return TextBundle.english(locale);
    }

    /**
     * Whether rules should be written in English now: for a record constructor's
     * {@link IllegalArgumentException}, which {@code config check} shows as it is and which cannot be
     * given a locale. The launcher sets the default locale from {@code ROTEIRO_LANG}.
     */
    static boolean inEnglish() {
        return inEnglish(Locale.getDefault());
    }
}
