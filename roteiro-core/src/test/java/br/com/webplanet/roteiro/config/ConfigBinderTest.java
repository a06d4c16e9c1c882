package br.com.webplanet.roteiro.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.config.TestConfigs.Guarded;
import br.com.webplanet.roteiro.config.TestConfigs.TexturaConfig;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigBinderTest {
    static final class TexturaModule extends AbstractModule {
        @Override
        protected void configure() {
            ConfigBinder.bindConfig(binder(), TexturaConfig.class, "textura");
            install(new AbstractModule() {
                @Override
                protected void configure() {
                    ConfigBinder.bindConfig(binder(), Guarded.class, "textura.retry");
                }
            });
        }
    }

    @Test
    void bindingsAreFoundWithoutAnInjector() {
        assertThat(ConfigBinder.bindingsIn(List.of(new TexturaModule()))).containsExactly(
                new ConfigBinding(TexturaConfig.class, "textura"), new ConfigBinding(Guarded.class, "textura.retry"));
    }

    @Test
    void validatedRecordsAreInjectedInProductionStageWithExplicitBindings() {
        List<Module> modules = List.of(new TexturaModule());
        RoteiroConfiguration config = RoteiroConfiguration.of(Map.of("textura", Map.of("token", "tk-abcdef",
                "retry", Map.of("retries", 3))), Map.of());
        config.validate(ConfigBinder.bindingsIn(modules));
        Injector injector = Guice.createInjector(Stage.PRODUCTION, config.module(), new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                modules.forEach(this::install);
            }
        });
        assertThat(injector.getInstance(TexturaConfig.class).token().reveal()).isEqualTo("tk-abcdef");
        assertThat(injector.getInstance(Guarded.class).retries()).isEqualTo(3);
        assertThat(injector.getInstance(RoteiroConfiguration.class)).isSameAs(config);
        assertThat(injector.getInstance(Redactor.class).redact("x tk-abcdef")).isEqualTo("x [REDACTED]");
    }

    @Test
    void badPrefixIsRejectedWithTheRule() {
        assertThatThrownBy(() -> new ConfigBinding(Guarded.class, "Bad Prefix"))
                .hasMessageContaining("dotted names like 'mail' or 'textura.architects'");
    }

    @Test
    void nearestNameToleratesTranspositions() {
        assertThat(Suggestions.nearest("hots", List.of("host", "port", "user"))).contains("host");
        assertThat(Suggestions.nearest("zzzz", List.of("host", "port"))).isEmpty();
    }
}
