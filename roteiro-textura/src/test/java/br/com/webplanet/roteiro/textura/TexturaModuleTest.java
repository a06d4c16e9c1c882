package br.com.webplanet.roteiro.textura;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.engine.ProgressListener;
import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.memory.InMemoryArchitectRegistry;
import br.com.webplanet.roteiro.memory.InMemoryRomaneioBook;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.RoutineOrder;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TexturaModuleTest {
    @TempDir
    Path dir;

    @Test
    void moduleIsDiscoverableByServiceLoader() {
        assertThat(ServiceLoader.load(RoteiroModule.class).stream().map(ServiceLoader.Provider::type))
                .contains(TexturaModule.class);
        assertThat(new TexturaModule().name()).isEqualTo("textura");
    }

    @Test
    void stepsAreWiredFromYamlConfigRunAndTheEngineStopsCleanly() throws IOException {
        Path drop = Files.createDirectories(dir.resolve("entrada"));
        Files.writeString(drop.resolve("lote.csv"), Fixtures.lote(2001, 2002));
        Path architects = dir.resolve("arquitetos.csv");
        Files.writeString(architects, "Nome;CAU;Telefone\nAna Lúcia Gonçalves;A123456-7;(11) 98765-4321\n");
        InMemoryRomaneioBook book = new InMemoryRomaneioBook(Fixtures.CLOCK);
        book.addCustomer("12345678000190");
        InMemoryArchitectRegistry registry = new InMemoryArchitectRegistry();
        Map<String, Object> config = Map.of("textura", Map.of(
                "architects", Map.of("sources", List.of(architects.toString())),
                "romaneios", Map.of("drop-folder", drop.toString(), "weight-tolerance-percent", "0.5")));

        try (Roteiro roteiro = Roteiro.builder().withModules(new TexturaModule()).config(config)
                .clock(Fixtures.CLOCK).progress(ProgressListener.NONE)
                .journalUrl("jdbc:h2:mem:" + UUID.randomUUID())
                .bind(b -> {
                    b.bind(ArchitectRegistry.class).toInstance(registry);
                    b.bind(RomaneioBook.class).toInstance(book);
                }).build()) {
            assertThat(roteiro.steps()).extracting(StepDescriptor::id, StepDescriptor::order).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("textura.architects", RoutineOrder.TEXTURA_ARCHITECTS),
                    org.assertj.core.groups.Tuple.tuple("textura.romaneios", RoutineOrder.TEXTURA_ROMANEIOS));

            DailyReport report = roteiro.run();

            assertThat(report.steps()).extracting(StepReport::stepId, StepReport::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("textura.architects", StepStatus.DONE),
                    org.assertj.core.groups.Tuple.tuple("textura.romaneios", StepStatus.DONE));
            assertThat(registry.find("A123456-7")).isPresent();
            assertThat(book.keyedRomaneios()).hasSize(2);
        }
    }

    @Test
    void dryRunThroughTheEnginePlansEverythingAndChangesNothing() throws IOException {
        Path drop = Files.createDirectories(dir.resolve("entrada"));
        Files.writeString(drop.resolve("lote.csv"), Fixtures.lote(2001, 2002));
        Path architects = dir.resolve("arquitetos.csv");
        Files.writeString(architects, "Nome;CAU;Telefone\nAna Lúcia Gonçalves;A123456-7;(11) 98765-4321\nSem CAU;;\n");
        InMemoryRomaneioBook book = new InMemoryRomaneioBook(Fixtures.CLOCK);
        book.addCustomer(Fixtures.CUSTOMER);
        InMemoryArchitectRegistry registry = new InMemoryArchitectRegistry();
        Map<String, Object> config = Map.of("textura", Map.of(
                "architects", Map.of("sources", List.of(architects.toString())),
                "romaneios", Map.of("dropFolder", drop.toString())));

        DailyReport report;
        try (Roteiro roteiro = Roteiro.builder().withModules(new TexturaModule()).config(config).dryRun(true)
                .clock(Fixtures.CLOCK).progress(ProgressListener.NONE).journalUrl("jdbc:h2:mem:" + UUID.randomUUID())
                .bind(b -> {
                    b.bind(ArchitectRegistry.class).toInstance(registry);
                    b.bind(RomaneioBook.class).toInstance(book);
                }).build()) {
            report = roteiro.run();
        }

        assertThat(report.steps()).allSatisfy(s -> {
            assertThat(s.error()).isNull();
            assertThat(s.actions()).isNotEmpty().allMatch(br.com.webplanet.roteiro.spi.ActionRecord::planned);
            assertThat(s.humanTasks()).isEmpty();
        });
        assertThat(registry.find("A123456-7")).isEmpty();
        assertThat(book.keyedRomaneios()).isEmpty();
        assertThat(drop.resolve("lote.csv")).exists();
    }

    @Test
    void withoutATexturaSectionBothStepsStartWithDefaultsAndFindNothingToDo() {
        try (Roteiro roteiro = Roteiro.builder().withModules(new TexturaModule()).clock(Fixtures.CLOCK)
                .progress(ProgressListener.NONE).journalUrl("jdbc:h2:mem:" + UUID.randomUUID())
                .bind(b -> {
                    b.bind(ArchitectRegistry.class).toInstance(new InMemoryArchitectRegistry());
                    b.bind(RomaneioBook.class).toInstance(new InMemoryRomaneioBook(Fixtures.CLOCK));
                }).build()) {
            DailyReport report = roteiro.run();

            assertThat(report.steps()).extracting(StepReport::status)
                    .containsExactly(StepStatus.NOTHING_TO_DO, StepStatus.NOTHING_TO_DO);
        }
    }

    @Test
    void anUnknownHeaderAliasFieldIsAStartUpError() {
        Map<String, Object> config = Map.of("textura", Map.of("architects",
                Map.of("headerAliases", Map.of("telefone", List.of("Fone fixo")))));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Roteiro.builder().withModules(new TexturaModule())
                        .config(config).journalUrl("jdbc:h2:mem:" + UUID.randomUUID())
                        .bind(b -> {
                            b.bind(ArchitectRegistry.class).toInstance(new InMemoryArchitectRegistry());
                            b.bind(RomaneioBook.class).toInstance(new InMemoryRomaneioBook(Fixtures.CLOCK));
                        }).build().close())
                .hasMessageContaining("unknown field 'telefone'");
    }
}
