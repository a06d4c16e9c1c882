package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.config.ConfigBinder;
import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.StepBinder;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import com.google.inject.AbstractModule;
import jakarta.inject.Inject;
import java.net.URI;

/** Modules with settings, listed in {@code engine-activation/META-INF/services} (off the test class path). */
public final class ActivationTestModules {
    private ActivationTestModules() {}

    /** Settings with a required value: the module cannot be wired without its section. */
    public record PedidosConfig(String url, @Default("10") int limite) {}

    /** Settings that all have defaults. */
    public record RelatorioConfig(@Default("equipe@example.com") String para) {}

    /** A step that needs its module's settings, described by a constant. */
    public static final class ConferirPedidos implements ChecklistStep {
        static final StepDescriptor DESCRIPTOR = StepDescriptor.of("pedidos.conferir",
                Localized.of("Conferir pedidos", "Check orders"), URI.create("https://wiki/pedidos"))
                .withOptionalDependsOn("descoberto.ola");
        private final PedidosConfig config;

        @Inject
        public ConferirPedidos(PedidosConfig config) {
            this.config = config;
        }

        @Override
        public StepDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public StepResult execute(StepContext context) {
            return StepResult.of(StepStatus.DONE, "conferidos em " + config.url());
        }
    }

    /** A step that needs {@code pedidos.conferir}, described by its {@code ID} only. */
    public static final class EnviarRelatorio implements ChecklistStep {
        public static final String ID = "relatorio.enviar";
        private final RelatorioConfig config;

        @Inject
        public EnviarRelatorio(RelatorioConfig config) {
            this.config = config;
        }

        @Override
        public StepDescriptor descriptor() {
            return StepDescriptor.of(ID, Localized.of("Enviar relatório", "Send report"), URI.create("https://wiki/r"))
                    .withDependsOn("pedidos.conferir");
        }

        @Override
        public StepResult execute(StepContext context) {
            return StepResult.of(StepStatus.DONE, "enviado para " + config.para());
        }
    }

    public static final class Pedidos extends AbstractModule implements RoteiroModule {
        public Pedidos() {}

        @Override
        public String name() {
            return "pedidos";
        }

        @Override
        protected void configure() {
            ConfigBinder.bindConfig(binder(), PedidosConfig.class, "pedidos");
            StepBinder.of(binder()).addStep(ConferirPedidos.class);
        }
    }

    public static final class Relatorio extends AbstractModule implements RoteiroModule {
        public Relatorio() {}

        @Override
        public String name() {
            return "relatorio";
        }

        @Override
        protected void configure() {
            ConfigBinder.bindConfig(binder(), RelatorioConfig.class, "relatorio");
            StepBinder.of(binder()).addStep(EnviarRelatorio.class);
        }
    }
}
