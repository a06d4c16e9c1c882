package br.com.webplanet.roteiro.config;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(EnglishDefaultLocale.class)}: each test runs with the JVM's default locale English (as
 * the launcher sets it from {@code ROTEIRO_LANG=en}), so record constructors' messages are English; the
 * locale before is put back after the test.
 */
public final class EnglishDefaultLocale implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(EnglishDefaultLocale.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("before", Locale.getDefault());
        Locale.setDefault(Locale.ENGLISH);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(context.getStore(NS).remove("before", Locale.class));
    }
}
