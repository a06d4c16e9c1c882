package br.com.webplanet.roteiro.textura.romaneios;

import static br.com.webplanet.roteiro.textura.romaneios.RomaneioParsersTest.CSV;
import static br.com.webplanet.roteiro.textura.romaneios.RomaneioParsersTest.ISSUER;
import static br.com.webplanet.roteiro.textura.romaneios.RomaneioParsersTest.NFE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.memory.InMemoryRomaneioBook;
import br.com.webplanet.roteiro.model.HandoffDocument;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioItem;
import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.KeyedRomaneio;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import br.com.webplanet.roteiro.textura.Fixtures;
import br.com.webplanet.roteiro.textura.RomaneiosConfig;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RomaneiosStepTest {
    static final Clock CLOCK = Fixtures.CLOCK;
    static final RomaneioKey PRE_KEYED = new RomaneioKey(ISSUER, "1005", "1");

    private final InMemoryRomaneioBook book = new InMemoryRomaneioBook(CLOCK);
    private final InMemoryJournal journal = new InMemoryJournal();
    @TempDir
    Path dir;
    Path drop;

    @BeforeEach
    void setUp() throws IOException {
        book.addCustomer("12345678000190");
        book.addCustomer("98765432000110");
        book.key(new Romaneio(PRE_KEYED, LocalDate.of(2026, 11, 26), "12345678000190", null, null,
                List.of(new RomaneioItem("PISO-60", "Porcelanato", BigDecimal.TEN, "M2", null)), null, null, "manual"),
                "manual:1005");
        drop = Files.createDirectories(dir.resolve("entrada"));
    }

    private void drop(String resource) throws IOException {
        try (InputStream in = RomaneioParsersTest.resource(resource)) {
            Files.copy(in, drop.resolve(resource));
        }
    }

    private StepResult run(RomaneioBook target) throws IOException {
        return step(target).execute(FixedStepContext.of(CLOCK, journal));
    }

    private RomaneiosStep step(RomaneioBook target) {
        return new RomaneiosStep(RomaneiosConfig.of(drop), target, RomaneiosStep.builtInParsers());
    }

    private List<String> keyedNumbers() {
        return book.keyedRomaneios().stream().map(r -> r.key().number()).toList();
    }

    private List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void validRomaneiosAreKeyedAndTheRestBecomeTasksWithTheirReasons() throws IOException {
        drop(CSV);
        drop(NFE);

        StepResult result = run(book);

        assertThat(keyedNumbers()).containsExactly("1005", "4521", "1001", "1004");
        assertThat(book.keyedRomaneios().get(2).items()).hasSize(2);
        assertThat(result.humanTasks()).extracting(HumanTask::title, HumanTask::target, HumanTask::reason).containsExactly(
                tuple("Lançar à mão ou corrigir o romaneio inválido", "romaneio 11222333000181/1002/1 em " + CSV + ", linha 4",
                        "totais inconsistentes: soma dos pesos dos itens 300 kg difere do peso bruto 500 kg (tolerância 1%)"),
                tuple("Lançar à mão ou corrigir o romaneio inválido", "romaneio 11222333000181/1003/1 em " + CSV + ", linha 5",
                        "cliente 99888777000166 Incorporadora Desconhecida S.A. não cadastrado no G3stor"),
                tuple("Conferir romaneio já lançado", "romaneio 11222333000181/1005/1 em " + CSV + ", linha 8",
                        "romaneio 11222333000181/1005/1 já lançado no G3stor"));
        assertThat(result.humanTasks()).allSatisfy(t -> assertThat(t.wikiLink()).isEqualTo(RomaneiosConfig.DEFAULT_WIKI));
        assertThat(result.actions()).extracting(ActionRecord::key).containsExactly(
                "rom:11222333000181/4521/1", "rom:11222333000181/1001/1", "rom:11222333000181/1004/1");
        assertThat(result.status()).isEqualTo(StepStatus.NEEDS_ATTENTION);
        assertThat(result.summary()).isEqualTo(
                "Romaneios: 3 lançados, 0 já lançados antes, 3 pendências para a equipe, 2 documentos lidos.");
        assertThat(files(drop)).containsExactly(CSV);
        assertThat(files(drop.resolve("lancados"))).containsExactly(NFE);
    }

    @Test
    void runningAgainKeysNothingNewAndRaisesTheSameTasks() throws IOException {
        drop(CSV);
        drop(NFE);
        StepResult first = run(book);

        StepResult second = run(book);

        assertThat(keyedNumbers()).containsExactly("1005", "4521", "1001", "1004");
        assertThat(second.actions()).isEmpty();
        assertThat(second.counts()).containsEntry("alreadyKeyed", 2L).containsEntry("attention", 3L);
        assertThat(second.humanTasks()).isEqualTo(first.humanTasks());
    }

    @Test
    void fileIsMovedToTheDoneFolderOnlyWhenAllItsRomaneiosAreKeyed() throws IOException {
        Files.writeString(drop.resolve("lote.csv"), lote(2001, 2004));

        run(book);

        assertThat(keyedNumbers()).containsExactly("1005", "2001", "2002", "2003", "2004");
        assertThat(files(drop)).isEmpty();
        assertThat(files(drop.resolve("lancados"))).containsExactly("lote.csv");
    }

    @Test
    void aRunKilledAfterKeyingTheSecondOfFourKeysEachExactlyOnceWhenRunAgain() throws IOException {
        Files.writeString(drop.resolve("lote.csv"), lote(2001, 2004));
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        AtomicInteger keyed = new AtomicInteger();
        RomaneioBook dying = new ForwardingBook(book) {
            @Override
            public KeyedRomaneio key(Romaneio romaneio, String idempotencyKey) {
                calls.computeIfAbsent(romaneio.key().number(), k -> new AtomicInteger()).incrementAndGet();
                KeyedRomaneio k = super.key(romaneio, idempotencyKey);
                if (keyed.incrementAndGet() == 2) {
                    throw new ProcessKilled();
                }
                return k;
            }
        };

        assertThatThrownBy(() -> run(dying)).isInstanceOf(ProcessKilled.class);
        assertThat(keyedNumbers()).containsExactly("1005", "2001", "2002");
        assertThat(journal.state("rom:" + ISSUER + "/2002/0")).isEqualTo(Journal.EffectState.PENDING);
        assertThat(files(drop)).containsExactly("lote.csv");

        StepResult rerun = run(dying);

        assertThat(keyedNumbers()).containsExactly("1005", "2001", "2002", "2003", "2004");
        assertThat(calls).containsOnlyKeys("2001", "2002", "2003", "2004")
                .allSatisfy((number, count) -> assertThat(count).hasValue(1));
        assertThat(rerun.counts()).containsEntry("alreadyKeyed", 1L).containsEntry("keyed", 3L);
        assertThat(files(drop)).isEmpty();
    }

    @Test
    void aPendingIntentThatNeverReachedG3storIsKeyedOnce() throws IOException {
        Files.writeString(drop.resolve("lote.csv"), lote(2001, 2002));
        journal.leavePending("rom:" + ISSUER + "/2002/0");

        StepResult result = run(book);

        assertThat(keyedNumbers()).containsExactly("1005", "2001", "2002");
        assertThat(result.counts()).containsEntry("keyed", 2L);
    }

    @Test
    void documentsG3storListsAsPendingAreKeyedAndMarkedKeyed() throws IOException {
        book.addPending("romaneio-3001.csv", "text/csv", lote(3001, 3001).getBytes(StandardCharsets.UTF_8));

        StepResult first = run(book);
        StepResult second = run(book);

        assertThat(keyedNumbers()).containsExactly("1005", "3001");
        try (Stream<?> pending = book.pending()) {
            assertThat(pending).isEmpty();
        }
        assertThat(first.counts()).containsEntry("keyed", 1L);
        assertThat(second.counts()).containsEntry("documents", 0L);
    }

    @Test
    void attachmentsRoutedFromMailAreKeyedOnceAndNotReadAgain() throws IOException {
        byte[] nfe;
        try (InputStream in = RomaneioParsersTest.resource(NFE)) {
            nfe = in.readAllBytes();
        }
        journal.record(Handoffs.ROMANEIO_INBOX, "<m7@textura>#1", HandoffDocument.of("<m7@textura>#1",
                "expedicao@textura.com.br", NFE, "application/xml", nfe, null));

        run(book);
        StepResult second = run(book);

        assertThat(keyedNumbers()).containsExactly("1005", "4521");
        assertThat(second.counts()).containsEntry("documents", 0L);
    }

    @Test
    void anOutlookCsvAttachmentInWindows1252IsReadByItsName() throws IOException {
        byte[] ansi = lote(5001, 5001).replace("Argamassa AC-III", "Argamassa colante AC-III cinza (saco 20 kg) – cerâmica")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        journal.record(Handoffs.ROMANEIO_INBOX, "<m9@textura>#2", HandoffDocument.of("<m9@textura>#2",
                "expedicao@textura.com.br", "romaneio 5001.csv", "application/vnd.ms-excel", ansi, null));

        run(book);

        assertThat(keyedNumbers()).containsExactly("1005", "5001");
        assertThat(book.keyedRomaneios().get(1).items()).extracting(RomaneioItem::description)
                .containsExactly("Porcelanato 60x60", "Argamassa colante AC-III cinza (saco 20 kg) – cerâmica");
    }

    @Test
    void aPendingDocumentG3storCannotServeIsATaskAndTheOthersAreStillKeyed() throws IOException {
        book.addPending("romaneio-3001.csv", "text/csv", lote(3001, 3001).getBytes(StandardCharsets.UTF_8));
        Files.writeString(drop.resolve("lote.csv"), lote(2001, 2001));
        RomaneioBook flaky = new ForwardingBook(book) {
            @Override
            public InputStream open(br.com.webplanet.roteiro.spi.PendingRomaneio pending) {
                throw new IllegalStateException("GET /textura/romaneios/pending/P-1/content failed with HTTP 503");
            }
        };

        StepResult result = run(flaky);

        assertThat(keyedNumbers()).containsExactly("1005", "2001");
        assertThat(result.humanTasks()).extracting(HumanTask::title, HumanTask::reason).containsExactly(tuple(
                "Lançar o romaneio à mão (falha no G3stor)", "GET /textura/romaneios/pending/P-1/content failed with HTTP 503"));
        assertThat(result.status()).isEqualTo(StepStatus.NEEDS_ATTENTION);
    }

    @Test
    void aLaterDocumentWithTheSameNumberButOtherContentIsATaskNotSilentlyDone() throws IOException {
        Files.writeString(drop.resolve("lote.csv"), lote(2001, 2001));
        run(book);
        Files.writeString(drop.resolve("lote-corrigido.csv"), lote(2001, 2001).replace(";10;M2;", ";12;M2;"));
        Files.writeString(drop.resolve("lote-reenviado.csv"), lote(2001, 2001));

        StepResult second = run(book);

        assertThat(keyedNumbers()).containsExactly("1005", "2001");
        assertThat(second.humanTasks()).extracting(HumanTask::target, HumanTask::reason).containsExactly(tuple(
                "romaneio 11222333000181/2001/0 em lote-corrigido.csv, linhas 2-3",
                "romaneio 11222333000181/2001/0 já foi lançado por este roteiro com outro conteúdo (itens, pesos, cliente "
                        + "ou data); confira no G3stor qual vale"));
        assertThat(files(drop)).containsExactly("lote-corrigido.csv");
        assertThat(files(drop.resolve("lancados"))).hasSize(2);
    }

    @Test
    void dryRunPlansTheKeyingAndChangesNothing() throws IOException {
        drop(CSV);
        drop(NFE);
        FixedStepContext dry = new FixedStepContext(LocalDate.of(2026, 11, 28), CLOCK, true, journal.dryRunView());

        StepResult result = step(book).execute(dry);

        assertThat(result.actions()).allMatch(ActionRecord::planned).extracting(ActionRecord::target)
                .containsExactly(ISSUER + "/4521/1", ISSUER + "/1001/1", ISSUER + "/1004/1");
        assertThat(keyedNumbers()).containsExactly("1005");
        assertThat(files(drop)).containsExactly(NFE, CSV);
    }

    @Test
    void theSameRomaneioInTwoDocumentsAndAnUnknownFormatAreTasksNotSilence() throws IOException {
        Files.writeString(drop.resolve("a.csv"), lote(2001, 2001).replace(";12345678000190;", ";55444333000122;"));
        Files.writeString(drop.resolve("b.csv"), lote(2001, 2001));
        Files.write(drop.resolve("foto.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        StepResult result = run(book);

        assertThat(keyedNumbers()).containsExactly("1005");
        assertThat(result.humanTasks()).extracting(HumanTask::reason).containsExactly(
                "cliente 55444333000122 não cadastrado no G3stor",
                "romaneio 11222333000181/2001/0 aparece mais de uma vez nos documentos de hoje (ambíguo)",
                "nenhum leitor reconhece o formato de \"foto.jpg\" (CSV, XLSX ou NF-e XML)");
        assertThat(files(drop)).containsExactly("a.csv", "b.csv", "foto.jpg");
    }

    @Test
    void anIdenticalCopyOfAKeyedRomaneioIsRecognisedAndFiled() throws IOException {
        Files.writeString(drop.resolve("a.csv"), lote(2001, 2001));
        Files.writeString(drop.resolve("b.csv"), lote(2001, 2001));

        StepResult result = run(book);

        assertThat(keyedNumbers()).containsExactly("1005", "2001");
        assertThat(result.counts()).containsEntry("keyed", 1L).containsEntry("alreadyKeyed", 1L);
        assertThat(result.humanTasks()).isEmpty();
        assertThat(files(drop.resolve("lancados"))).containsExactly("a.csv", "b.csv");
    }

    @Test
    void reportTextIsAvailableInEnglish() throws IOException {
        Files.writeString(drop.resolve("lote.csv"), lote(2001, 2001));
        StepResult result = step(book).execute(FixedStepContext.of(CLOCK, journal).withLocale(java.util.Locale.ENGLISH));

        assertThat(result.summary()).isEqualTo("Romaneios: 1 keyed, 0 keyed before, 0 tasks for the team, 1 document read.");
        assertThat(result.actions()).extracting(ActionRecord::description)
                .containsExactly("Key romaneio 11222333000181/2001/0 for customer 12345678000190 (2 items)");
    }

    static String lote(int from, int to) {
        return Fixtures.lote(from, to);
    }

    /** Stands for the process being killed: an Error the step does not catch. */
    static final class ProcessKilled extends Error {
        ProcessKilled() {
            super("processo encerrado no meio do lançamento");
        }
    }
}
