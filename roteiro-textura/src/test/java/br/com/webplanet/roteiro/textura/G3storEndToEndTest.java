package br.com.webplanet.roteiro.textura;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.g3stor.client.G3storClient;
import br.com.webplanet.roteiro.g3stor.simulator.Fault;
import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.model.Architect;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioItem;
import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.textura.architects.ArchitectsStep;
import br.com.webplanet.roteiro.textura.romaneios.RomaneiosStep;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both steps against the real G3stor client talking HTTP to the in-process G3stor simulator. */
class G3storEndToEndTest {
    static final String NFE = "NFe35261111222333000181550010000045211234567890.xml";
    static final String CSV = "romaneios-2026-11-27.csv";
    static final String TOKEN = "tok-textura-e2e-0001";

    private G3storSimulator simulator;
    private G3storClient client;
    private final InMemoryJournal journal = new InMemoryJournal();
    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        simulator = G3storSimulator.builder().token(TOKEN).clock(Fixtures.CLOCK).start();
        client = new G3storClient(G3storConfig.of(simulator.baseUrl(), Secret.of(TOKEN))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3)));
        simulator.putCustomer(new Customer("C-100", "Construtora Horizonte Ltda", "12.345.678/0001-90", List.of()));
        simulator.putCustomer(new Customer("C-200", "Arquitetura & Interiores Ltda", "98.765.432/0001-10", List.of()));
    }

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
    }

    private StepResult architects() {
        return new ArchitectsStep(ArchitectsConfig.of(List.of(resource("arquitetos.csv"))), client.architects())
                .execute(FixedStepContext.of(Fixtures.CLOCK, journal));
    }

    private StepResult romaneios(Path drop) throws IOException {
        return romaneios(drop, client);
    }

    private StepResult romaneios(Path drop, G3storClient g3stor) throws IOException {
        return new RomaneiosStep(RomaneiosConfig.of(drop), g3stor.romaneios(), RomaneiosStep.builtInParsers())
                .execute(FixedStepContext.of(Fixtures.CLOCK, journal));
    }

    private static Path resource(String name) {
        try {
            return Path.of(G3storEndToEndTest.class.getResource("/textura/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void architectsSpreadsheetIsAppliedToG3storOnceAndRejectedRowsAreReported() {
        simulator.putArchitect(new Architect("A234567-8", "João Araújo", "joao@antigo.arq.br", "+552134567890",
                "Araújo Arquitetura", List.of("Loja Barra"), null));

        StepResult first = architects();
        simulator.resetCounters();
        StepResult second = architects();

        assertThat(simulator.architects()).containsExactly(
                new Architect("A234567-8", "João Araújo", "joao@araujo.arq.br", "+552134567890",
                        "Araújo & Filhos \"Arquitetura\"", List.of("Loja Barra"), "Atende só\r\nàs terças"),
                new Architect("A123456-7", "Ana Lúcia Gonçalves", "ana@estudio.arq.br", null, "Estúdio Gonçalves",
                        List.of("Loja Pinheiros", "Loja Moema"), "Prefere contato por e-mail"),
                new Architect("A456789", "Fernanda Lima", "fernanda@lima.arq.br", "+5548991234567", null, List.of(), null));
        assertThat(first.humanTasks()).extracting(HumanTask::target).containsExactly(
                "arquitetos.csv, linha 5, coluna \"CAU\"", "arquitetos.csv, linha 6, coluna \"Telefone\"");
        assertThat(second.actions()).isEmpty();
        assertThat(simulator.requests("POST /textura/architects")).isZero();
        assertThat(simulator.requests("PUT /textura/architects/{cau}")).isZero();
    }

    @Test
    void romaneiosAreKeyedInG3storWithTheirItemsAndProblemsBecomeTasks() throws IOException {
        client.romaneios().key(new Romaneio(new RomaneioKey(Fixtures.ISSUER, "1005", "1"), LocalDate.of(2026, 11, 26),
                Fixtures.CUSTOMER, null, null, List.of(new RomaneioItem("PISO-60", "Porcelanato", BigDecimal.TEN, "M2",
                null)), null, null, "manual"), "manual:1005");
        simulator.addPending("romaneio-3001.csv", "text/csv", Fixtures.lote(3001, 3001).getBytes(StandardCharsets.UTF_8));
        Path drop = Files.createDirectories(dir.resolve("entrada"));
        for (String name : List.of(CSV, NFE)) {
            try (InputStream in = getClass().getResourceAsStream("/textura/romaneios/" + name)) {
                Files.copy(in, drop.resolve(name));
            }
        }
        Files.write(drop.resolve("romaneio-7001.xlsx"), new XlsxBuilder()
                .row("Emitente", "Romaneio", "Série", "Data", "Cliente", "Código", "Descrição", "Qtd", "Un", "Peso", "Peso bruto")
                .row("11.222.333/0001-81", "7001", "1", java.time.LocalDate.of(2026, 11, 27), "98.765.432/0001-10", "PAST-20", "Pastilha de vidro", 3.5, "M2", 75.5, 75.5)
                .build());

        StepResult first = romaneios(drop);
        simulator.resetCounters();
        StepResult second = romaneios(drop);

        assertThat(simulator.keyedRomaneios()).extracting(r -> r.key().number())
                .containsExactly("1005", "4521", "7001", "1001", "1004", "3001");
        assertThat(simulator.keyedRomaneios().get(2).customer()).isEqualTo("98765432000110");
        Romaneio nfe = simulator.keyedRomaneios().get(1);
        assertThat(nfe.items()).extracting(RomaneioItem::code).containsExactly("PISO-60", "ARG-AC3", "REJ-1");
        assertThat(nfe.grossWeight()).isEqualByComparingTo("1085.3");
        assertThat(nfe.customerName()).isEqualTo("CONSTRUTORA HORIZONTE LTDA");
        assertThat(first.humanTasks()).extracting(HumanTask::reason).containsExactly(
                "totais inconsistentes: soma dos pesos dos itens 300 kg difere do peso bruto 500 kg (tolerância 1%)",
                "cliente 99888777000166 Incorporadora Desconhecida S.A. não cadastrado no G3stor",
                "romaneio 11222333000181/1005/1 já lançado no G3stor");
        assertThat(simulator.pending()).isEmpty();
        assertThat(second.actions()).isEmpty();
        assertThat(second.humanTasks()).hasSize(3);
        assertThat(simulator.requests("POST /textura/romaneios")).isZero();
    }

    @Test
    void aKeyingWhoseAnswerWasLostIsReconciledOnTheNextRunNotKeyedTwice() throws IOException {
        Path drop = Files.createDirectories(dir.resolve("entrada"));
        Files.writeString(drop.resolve("lote.csv"), Fixtures.lote(2001, 2004));
        simulator.faults().failNext(1, Fault.slow(Duration.ofMillis(1500)).on("POST /textura/romaneios"));
        StepResult first;
        try (G3storClient impatient = new G3storClient(G3storConfig.of(simulator.baseUrl(), Secret.of(TOKEN))
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(800))
                .withRetry(G3storConfig.RetrySettings.fast(1)))) {
            first = romaneios(drop, impatient);
        }
        assertThat(journal.state("rom:" + Fixtures.ISSUER + "/2001/0"))
                .isEqualTo(br.com.webplanet.roteiro.spi.Journal.EffectState.PENDING);
        simulator.resetCounters();
        StepResult second = romaneios(drop);

        assertThat(first.counts()).containsEntry("keyed", 3L);
        assertThat(first.humanTasks()).extracting(HumanTask::title, HumanTask::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lançar o romaneio à mão (falha no G3stor)",
                        "romaneio 11222333000181/2001/0 em lote.csv, linhas 2-3"));
        assertThat(second.counts()).containsEntry("keyed", 1L);
        assertThat(simulator.requests("POST /textura/romaneios")).isZero();
        try (Stream<Path> left = Files.list(drop)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(simulator.keyedRomaneios()).extracting(r -> r.key().number())
                .containsExactly("2001", "2002", "2003", "2004");
    }
}
