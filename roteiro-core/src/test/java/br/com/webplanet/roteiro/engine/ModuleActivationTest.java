package br.com.webplanet.roteiro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.config.ConfigurationException;
import br.com.webplanet.roteiro.config.EnglishDefaultLocale;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EnglishDefaultLocale.class)
class ModuleActivationTest {
    private URLClassLoader loader;

    @BeforeEach
    void plugins() {
        URL dir = getClass().getResource("/engine-activation/");
        loader = new URLClassLoader(new URL[] {dir}, getClass().getClassLoader());
    }

    @AfterEach
    void close() throws Exception {
        loader.close();
    }

    private RoteiroBuilder builder(Map<String, Object> config) {
        return Roteiro.builder().discoverModules(loader).config(config).progress(ProgressListener.NONE)
                .journalUrl("jdbc:h2:mem:" + UUID.randomUUID());
    }

    private static List<String> listed(Roteiro roteiro) {
        return roteiro.listing().stream().map(l -> l.descriptor().id() + (l.active() ? "" : " (inactive)")).toList();
    }

    @Test
    void withNoConfigurationOnlyModulesWithoutSettingsRunAndEveryStepIsListed() {
        try (Roteiro roteiro = builder(Map.of()).build()) {
            assertThat(roteiro.steps()).extracting(StepDescriptor::id).containsExactly("descoberto.ola");
            assertThat(listed(roteiro)).containsExactly("descoberto.ola", "pedidos.conferir (inactive)",
                    "relatorio.enviar (inactive)");
            assertThat(roteiro.listing().get(1).descriptor().title().ptBR()).isEqualTo("Conferir pedidos");
            assertThat(roteiro.listing().get(1).module()).isEqualTo("pedidos");
            assertThat(roteiro.modules()).extracting(ModuleStatus::name, ModuleStatus::active, ModuleStatus::why)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("descoberto", true, ModuleStatus.Why.NO_SETTINGS),
                            org.assertj.core.groups.Tuple.tuple("pedidos", false, ModuleStatus.Why.NOT_CONFIGURED),
                            org.assertj.core.groups.Tuple.tuple("relatorio", false, ModuleStatus.Why.NOT_CONFIGURED));
            assertThat(roteiro.run().steps()).extracting(StepReport::stepId).containsExactly("descoberto.ola");
        }
    }

    @Test
    void aModuleWithItsSectionIsActiveAndRuns() {
        try (Roteiro roteiro = builder(Map.of("pedidos", Map.of("url", "https://pedidos.example"))).build()) {
            assertThat(roteiro.steps()).extracting(StepDescriptor::id).containsExactly("descoberto.ola", "pedidos.conferir");
            assertThat(listed(roteiro)).containsExactly("descoberto.ola", "pedidos.conferir", "relatorio.enviar (inactive)");
            assertThat(roteiro.run().steps()).extracting(StepReport::summary)
                    .contains("conferidos em https://pedidos.example");
        }
    }

    @Test
    void aModuleListedInRoteiroModulesIsActiveWithoutASection() {
        Map<String, Object> config = Map.of("roteiro", Map.of("modules", List.of("relatorio")),
                "pedidos", Map.of("url", "https://p"));
        try (Roteiro roteiro = builder(config).build()) {
            assertThat(roteiro.steps()).extracting(StepDescriptor::id)
                    .containsExactly("descoberto.ola", "pedidos.conferir", "relatorio.enviar");
            assertThat(roteiro.modules()).filteredOn(m -> m.name().equals("relatorio"))
                    .extracting(ModuleStatus::why).containsExactly(ModuleStatus.Why.LISTED);
        }
    }

    @Test
    void anActiveModuleIsValidatedEvenWhenActivatedByTheList() {
        assertThatThrownBy(() -> builder(Map.of("roteiro", Map.of("modules", List.of("pedidos")))).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("pedidos.url");
    }

    @Test
    void anUnknownNameInRoteiroModulesIsAConfigurationProblemWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("roteiro.yaml");
        Files.writeString(file, "roteiro:\n  modules:\n    - relatorio\n    - pedidox\n");
        assertThatThrownBy(() -> Roteiro.builder().discoverModules(loader).config(file).progress(ProgressListener.NONE)
                .journalUrl("jdbc:h2:mem:" + UUID.randomUUID()).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'roteiro.modules' lists 'pedidox'")
                .hasMessageContaining("installed: descoberto, pedidos, relatorio")
                .hasMessageContaining("line 4");
    }

    @Test
    void aRequiredDependencyOnAStepOfAnInactiveModuleSaysWhichSectionToAdd() {
        assertThatThrownBy(() -> builder(Map.of("relatorio", Map.of())).build())
                .isInstanceOf(RoteiroStartException.class)
                .hasMessageContaining("step 'relatorio.enviar' needs step 'pedidos.conferir'")
                .hasMessageContaining("add a 'pedidos:' section");
    }

    @Test
    void onlyAStepOfAnInactiveModuleIsAStartErrorNamingTheModule() {
        assertThatThrownBy(() -> builder(Map.of()).only(Set.of("pedidos.conferir")).build())
                .isInstanceOf(RoteiroStartException.class)
                .hasMessageContaining("step 'pedidos.conferir' cannot run")
                .hasMessageContaining("module 'pedidos', which is not configured");
    }

    @Test
    void skippingAStepOfAnInactiveModuleIsFine() {
        try (Roteiro roteiro = builder(Map.of()).skip(Set.of("pedidos.conferir")).build()) {
            assertThat(roteiro.run().steps()).extracting(StepReport::status).containsExactly(StepStatus.DONE);
        }
    }

    @Test
    void aModuleGivenExplicitlyIsActiveWithoutItsSection() {
        assertThatThrownBy(() -> Roteiro.builder().withModules(new ActivationTestModules.Pedidos()).config(Map.of())
                .progress(ProgressListener.NONE).journalUrl("jdbc:h2:mem:" + UUID.randomUUID()).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("pedidos.url");
    }

    @Test
    void theEmptySectionOfAModuleWithoutSettingsIsAccepted() {
        try (Roteiro roteiro = builder(Map.of("descoberto", Map.of())).build()) {
            assertThat(roteiro.steps()).extracting(StepDescriptor::id).containsExactly("descoberto.ola");
        }
        assertThatThrownBy(() -> builder(Map.of("descoberto", Map.of("chave", 1))).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("descoberto.chave");
    }

    @Test
    void aFailedOptionalDependencyDoesNotSkipTheStep() {
        List<String> log = TestStep.newLog();
        TestStep triage = TestStep.of("mail.triage", 1, log, c -> {
            throw new IllegalStateException("IMAP fora do ar");
        });
        TestStep review = new TestStep(TestStep.descriptor("g3stor.review", 2).withOptionalDependsOn("mail.triage"),
                c -> br.com.webplanet.roteiro.spi.StepResult.of(StepStatus.DONE, "ok"), log);
        try (Roteiro roteiro = Roteiro.builder().withModules(new TestModule("t", List.of(triage, review), List.of()))
                .progress(ProgressListener.NONE).journalUrl("jdbc:h2:mem:" + UUID.randomUUID()).build()) {
            assertThat(roteiro.run().steps()).extracting(StepReport::stepId, StepReport::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("mail.triage", StepStatus.FAILED),
                    org.assertj.core.groups.Tuple.tuple("g3stor.review", StepStatus.DONE));
            assertThat(log).containsExactly("mail.triage", "g3stor.review");
        }
    }
}
