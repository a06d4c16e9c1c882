package br.com.webplanet.roteiro.textura.architects;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryArchitectRegistry;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.model.Architect;
import br.com.webplanet.roteiro.model.HandoffDocument;
import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import br.com.webplanet.roteiro.textura.ArchitectsConfig;
import br.com.webplanet.roteiro.textura.XlsxBuilder;
import br.com.webplanet.roteiro.textura.io.ReadLimits;
import br.com.webplanet.roteiro.textura.architects.ArchitectChange.Kind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchitectsStepTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T11:00:00Z"), ZoneId.of("America/Sao_Paulo"));
    static final Architect ANA = new Architect("A123456-7", "Ana Lúcia Gonçalves", "ana@estudio.arq.br", "+5511987654321",
            "Estúdio Gonçalves", List.of("Loja Pinheiros", "Loja Moema"), "Prefere contato por e-mail");
    static final Architect JOAO = new Architect("A234567-8", "João Araújo", "joao@antigo.arq.br", "+552134567890",
            "Araújo Arquitetura", List.of("Loja Barra"), null);
    static final Architect ROBERTO = new Architect("A111111-1", "Roberto Alves", null, null, null, List.of(), null);

    private final InMemoryArchitectRegistry registry = new InMemoryArchitectRegistry();
    private final InMemoryJournal journal = new InMemoryJournal();
    @TempDir
    Path dir;

    @BeforeEach
    void registerExisting() {
        registry.create(ANA, "seed:ana");
        registry.create(JOAO, "seed:joao");
        registry.create(ROBERTO, "seed:roberto");
    }

    static Path resource(String name) {
        try {
            return Path.of(ArchitectsStepTest.class.getResource("/textura/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private StepResult run(ArchitectsConfig config, ArchitectRegistry target) {
        return new ArchitectsStep(config, target).execute(FixedStepContext.of(CLOCK, journal));
    }

    private StepResult run(ArchitectsConfig config) {
        return run(config, registry);
    }

    private static ArchitectsConfig config(boolean reportMissing, boolean blankClears, Path... sources) {
        return new ArchitectsConfig(List.of(sources), true, Map.of(), reportMissing, blankClears, ArchitectsConfig.DEFAULT_WIKI);
    }

    @SuppressWarnings("unchecked")
    private static List<ArchitectChange> diff(StepResult result) {
        return (List<ArchitectChange>) result.details().get("diff");
    }

    @SuppressWarnings("unchecked")
    private static List<RejectedRow> rejected(StepResult result) {
        return (List<RejectedRow>) result.details().get("rejected");
    }

    private List<Architect> registered() {
        try (Stream<Architect> all = registry.all()) {
            return all.toList();
        }
    }

    @Test
    void spreadsheetExportGivesTheExactDiffRejectsBadRowsWithLineAndColumnAndAppliesTheRest() {
        StepResult result = run(ArchitectsConfig.of(List.of(resource("arquitetos.csv"))));

        Architect joao = new Architect("A234567-8", "João Araújo", "joao@araujo.arq.br", "+552134567890",
                "Araújo & Filhos \"Arquitetura\"", List.of("Loja Barra"), "Atende só\r\nàs terças");
        Architect fernanda = new Architect("A456789", "Fernanda Lima", "fernanda@lima.arq.br", "+5548991234567",
                null, List.of(), null);
        assertThat(diff(result)).containsExactly(
                new ArchitectChange(Kind.CHANGED, "A234567-8", "João Araújo", "arquitetos.csv:3", List.of(
                        new FieldChange("email", "joao@antigo.arq.br", "joao@araujo.arq.br"),
                        new FieldChange("office", "Araújo Arquitetura", "Araújo & Filhos \"Arquitetura\""),
                        new FieldChange("notes", null, "Atende só\r\nàs terças"))),
                new ArchitectChange(Kind.NEW, "A456789", "Fernanda Lima", "arquitetos.csv:8", List.of(
                        new FieldChange("name", null, "Fernanda Lima"),
                        new FieldChange("email", null, "fernanda@lima.arq.br"),
                        new FieldChange("phone", null, "+5548991234567"))));
        assertThat(rejected(result)).containsExactly(
                new RejectedRow("arquitetos.csv", 5, "CAU", Localized.of(
                        "registro CAU \"B765432-1\" inválido (esperado A123456-7)",
                        "invalid CAU registration \"B765432-1\" (expected A123456-7)")),
                new RejectedRow("arquitetos.csv", 6, "Telefone", Localized.of(
                        "telefone \"(10) 98765-4321\" com DDD inexistente",
                        "phone \"(10) 98765-4321\" has an area code (DDD) that does not exist")));
        assertThat(result.counts()).containsEntry("rows", 5L).containsEntry("new", 1L).containsEntry("changed", 1L)
                .containsEntry("unchanged", 1L).containsEntry("rejected", 2L).containsEntry("created", 1L)
                .containsEntry("updated", 1L);
        assertThat(result.humanTasks()).extracting(HumanTask::target).containsExactly(
                "arquitetos.csv, linha 5, coluna \"CAU\"", "arquitetos.csv, linha 6, coluna \"Telefone\"");
        assertThat(result.actions()).extracting(ActionRecord::description).containsExactly(
                "Atualizar arquiteto João Araújo (A234567-8): e-mail: joao@antigo.arq.br → joao@araujo.arq.br; "
                        + "escritório: Araújo Arquitetura → Araújo & Filhos \"Arquitetura\"; "
                        + "observações: (vazio) → Atende só às terças",
                "Cadastrar arquiteto Fernanda Lima (A456789): nome: Fernanda Lima; e-mail: fernanda@lima.arq.br; "
                        + "telefone: +5548991234567");
        assertThat(result.humanTasks()).allSatisfy(t -> assertThat(t.wikiLink()).isEqualTo(ArchitectsConfig.DEFAULT_WIKI));
        assertThat(result.status()).isEqualTo(StepStatus.NEEDS_ATTENTION);
        assertThat(result.summary()).isEqualTo(
                "Arquitetos: 1 novo, 1 alterado, 1 sem alteração, 0 ausentes das fontes, 2 linhas rejeitadas.");
        assertThat(registered()).containsExactly(ANA, joao, ROBERTO, fernanda);
    }

    @Test
    void runningAgainChangesNothing() {
        ArchitectsConfig config = ArchitectsConfig.of(List.of(resource("arquitetos.csv")));
        run(config);
        List<Architect> afterFirst = registered();

        StepResult second = run(config);

        assertThat(diff(second)).isEmpty();
        assertThat(second.actions()).isEmpty();
        assertThat(second.counts()).containsEntry("unchanged", 3L).containsEntry("new", 0L).containsEntry("changed", 0L);
        assertThat(registered()).isEqualTo(afterFirst);
    }

    @Test
    void dryRunShowsTheDiffOnlyAndChangesNothing() {
        FixedStepContext dry = new FixedStepContext(LocalDate.of(2026, 11, 28), CLOCK, true, journal.dryRunView());

        StepResult result = new ArchitectsStep(ArchitectsConfig.of(List.of(resource("arquitetos.csv"))), registry)
                .execute(dry);

        assertThat(diff(result)).extracting(ArchitectChange::cau).containsExactly("A234567-8", "A456789");
        assertThat(result.actions()).allMatch(ActionRecord::planned).extracting(ActionRecord::key)
                .containsExactly("arch:A234567-8:" + ArchitectDiff.fingerprint(JOAO, new Architect("A234567-8",
                        "João Araújo", "joao@araujo.arq.br", "+552134567890", "Araújo & Filhos \"Arquitetura\"",
                        List.of("Loja Barra"), "Atende só\r\nàs terças")), "arch:A456789");
        assertThat(result.humanTasks()).isEmpty();
        assertThat(result.details()).doesNotContainKey("rejected");
        assertThat(registered()).containsExactly(ANA, JOAO, ROBERTO);
    }

    @Test
    void emptyCellKeepsTheRegisteredValueUnlessBlankClearsIsSet() {
        StepResult result = run(config(false, true, resource("arquitetos.csv")));

        assertThat(diff(result)).filteredOn(c -> c.cau().equals("A123456-7")).singleElement()
                .extracting(ArchitectChange::changes).isEqualTo(List.of(new FieldChange("phone", "+5511987654321", null)));
        assertThat(registry.find("A123456-7")).map(Architect::phone).isEmpty();
    }

    @Test
    void missingFromTheSourcesIsListedOnlyWhenConfiguredAndNeverDeleted() {
        assertThat(diff(run(ArchitectsConfig.of(List.of(resource("arquitetos.csv"))))))
                .noneMatch(c -> c.kind() == Kind.MISSING);

        registry.create(new Architect("A345678-9", "Paulo Ribeiro", null, null, null, List.of(), null), "seed:paulo");
        StepResult result = run(config(true, false, resource("arquitetos.csv")));

        assertThat(diff(result)).filteredOn(c -> c.kind() == Kind.MISSING)
                .containsExactly(new ArchitectChange(Kind.MISSING, "A111111-1", "Roberto Alves", "", List.of()));
        assertThat(registry.find("A111111-1")).contains(ROBERTO);
        assertThat(result.humanTasks()).extracting(HumanTask::title, HumanTask::target).contains(
                org.assertj.core.groups.Tuple.tuple("Conferir arquiteto ausente da planilha", "Roberto Alves (A111111-1)"));
    }

    @Test
    void windows1252CommaSeparatedExportIsDecodedAndValidated() {
        StepResult result = run(ArchitectsConfig.of(List.of(resource("arquitetos-ansi.csv"))));

        assertThat(registry.find("A567890-1")).contains(new Architect("A567890-1", "Cecília Ândrade",
                "cecilia@andrade.arq.br", "+551123456789", "Ândrade, Souza & Cia", List.of("Loja Pinheiros"),
                "Sócia-fundadora"));
        assertThat(rejected(result)).containsExactly(new RejectedRow("arquitetos-ansi.csv", 3, "email",
                Localized.of("e-mail \"otavio@brandao\" inválido", "invalid e-mail \"otavio@brandao\"")));
    }

    @Test
    void aSourceBeyondItsLimitIsRejectedNamingTheLimitAndTheOtherSourceIsApplied() throws IOException {
        Path wide = Files.writeString(dir.resolve("largo.csv"), "Nome;CAU" + ";x".repeat(40) + "\n");
        ArchitectsConfig config = new ArchitectsConfig(List.of(wide, resource("arquitetos.csv")), true, Map.of(), false,
                false, ArchitectsConfig.DEFAULT_WIKI, new ReadLimits(256, 512, 100, 32, 1_000, 32, 32_767, 1_048_576));

        StepResult result = run(config);

        assertThat(rejected(result)).filteredOn(r -> r.file().equals("largo.csv")).singleElement()
                .satisfies(r -> assertThat(r.reason().ptBR()).contains("limits.max-columns = 32"));
        assertThat(registry.find("A456789")).isPresent();   // arquitetos.csv was applied
    }

    /** openpyxl's workbook (src/test/resources/textura/real/make.py): no-break spaces, a phone stored as a number. */
    @Test
    void openpyxlSheetWithNoBreakSpacesAndPhonesAsNumbersIsRegisteredAsShown() throws Exception {
        Path xlsx = Path.of(ArchitectsStepTest.class.getResource("/textura/real/arquitetos-openpyxl.xlsx").toURI());

        StepResult result = run(ArchitectsConfig.of(List.of(xlsx)));

        assertThat(rejected(result)).isEmpty();
        Architect ana = registry.find("A123456-7").orElseThrow();
        assertThat(List.of(ana.name(), ana.email(), ana.phone(), ana.office()))
                .containsExactly("Ana Lúcia Gonçalves", "ana@estudio.arq.br", "+5511987654321", "Estúdio Gonçalves");
        assertThat(registry.find("A345678-9")).map(Architect::phone).contains("+5521998765432");
    }

    @Test
    void jsonAndXlsxSourcesAreReadWithTheSameHeaders() throws IOException {
        Path xlsx = dir.resolve("arquitetos.xlsx");
        Files.write(xlsx, new XlsxBuilder()
                .row("NOME", "Registro CAU", "E-mail", "Celular", "Escritório")
                .row("Helena Prado", "A890123-4", "helena@prado.arq.br", 11987650000L, "Prado Studio")
                .build());

        StepResult result = run(ArchitectsConfig.of(List.of(resource("arquitetos.json"), xlsx)));

        assertThat(registry.find("A789012-3")).contains(new Architect("A789012-3", "Beatriz Nogueira",
                "beatriz@nogueira.arq.br", "+554132321010", "Nogueira Arquitetura", List.of("Loja Batel", "Loja Água Verde"),
                null));
        assertThat(registry.find("A890123-4")).contains(new Architect("A890123-4", "Helena Prado",
                "helena@prado.arq.br", "+5511987650000", "Prado Studio", List.of(), null));
        assertThat(rejected(result)).containsExactly(new RejectedRow("arquitetos.json", 11, "cau",
                Localized.of("campo obrigatório \"cau\" vazio", "required field \"cau\" is empty")));
    }

    @Test
    void aSourceThatCannotBeReadIsOneRejectedRowAndTheOtherSourcesGoOn() throws IOException {
        Path object = Files.writeString(dir.resolve("um.json"), "{\"nome\": \"Ana\"}");
        Path absent = dir.resolve("nao-existe.csv");

        StepResult result = run(ArchitectsConfig.of(List.of(object, absent, resource("arquitetos.csv"))));

        assertThat(rejected(result)).extracting(RejectedRow::file, RejectedRow::line, r -> r.reason().ptBR())
                .startsWith(org.assertj.core.groups.Tuple.tuple("um.json", 1L,
                        "arquivo ilegível: expected a JSON array of architects"))
                .anySatisfy(r -> assertThat(r.toList()).containsExactly(absent.toString(), 0L,
                        "arquivo ilegível: java.nio.file.NoSuchFileException: " + absent));
        assertThat(registry.find("A456789")).isPresent();
    }

    @Test
    void spreadsheetFromMailIsAppliedOnceAndNotReadAgain() throws IOException {
        journal.record(Handoffs.ARCHITECT_INBOX, "<m1@textura>#2", HandoffDocument.of("<m1@textura>#2",
                "mail <m1@textura> de cadastro@textura.com.br", "arquitetos.csv", "text/csv",
                Files.readAllBytes(resource("arquitetos.csv")), null));

        StepResult first = run(ArchitectsConfig.of(List.of()));
        StepResult second = run(ArchitectsConfig.of(List.of()));

        assertThat(first.counts()).containsEntry("created", 1L).containsEntry("updated", 1L);
        assertThat(registry.find("A456789")).isPresent();
        assertThat(second.counts()).containsEntry("rows", 0L);
        assertThat(second.status()).isEqualTo(StepStatus.NOTHING_TO_DO);
    }

    @Test
    void aCreateInterruptedAfterTheRegistryAcceptedItIsReconciledNotRepeated() {
        AtomicInteger creates = new AtomicInteger();
        ArchitectRegistry crashing = new ForwardingRegistry(registry) {
            @Override
            public Architect create(Architect architect, String idempotencyKey) {
                creates.incrementAndGet();
                super.create(architect, idempotencyKey);
                throw new IllegalStateException("conexão perdida depois do cadastro");
            }
        };
        ArchitectsConfig config = ArchitectsConfig.of(List.of(resource("arquitetos.csv")));

        StepResult crashed = run(config, crashing);
        StepResult rerun = run(config, crashing);

        assertThat(crashed.humanTasks()).extracting(HumanTask::target).contains("A456789");
        assertThat(creates).hasValue(1);
        assertThat(journal.state("arch:A456789")).isEqualTo(br.com.webplanet.roteiro.spi.Journal.EffectState.DONE);
        assertThat(rerun.counts()).containsEntry("new", 0L).containsEntry("changed", 0L).containsEntry("unchanged", 3L);
        assertThat(registry.find("A456789")).map(Architect::name).contains("Fernanda Lima");
    }

    @Test
    void aPendingIntentWithNothingAtTheRegistryIsPerformedOnce() {
        journal.leavePending("arch:A456789");

        run(ArchitectsConfig.of(List.of(resource("arquitetos.csv"))));

        assertThat(registry.find("A456789")).map(Architect::name).contains("Fernanda Lima");
    }

    /** Delegates every call; tests override one to inject a fault. */
    static class ForwardingRegistry implements ArchitectRegistry {
        private final ArchitectRegistry delegate;

        ForwardingRegistry(ArchitectRegistry delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<Architect> find(String cau) {
            return delegate.find(cau);
        }

        @Override
        public Stream<Architect> all() {
            return delegate.all();
        }

        @Override
        public Architect create(Architect architect, String idempotencyKey) {
            return delegate.create(architect, idempotencyKey);
        }

        @Override
        public Architect update(Architect architect) {
            return delegate.update(architect);
        }
    }
}
