package br.com.webplanet.roteiro.textura;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.memory.MovableClock;
import br.com.webplanet.roteiro.engine.ProgressListener;
import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.engine.journal.JournalStore;
import br.com.webplanet.roteiro.memory.InMemoryArchitectRegistry;
import br.com.webplanet.roteiro.memory.InMemoryRomaneioBook;
import br.com.webplanet.roteiro.model.HandoffDocument;
import br.com.webplanet.roteiro.model.HandoffRef;
import br.com.webplanet.roteiro.model.Task;
import br.com.webplanet.roteiro.model.TaskChange;
import br.com.webplanet.roteiro.model.TaskState;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Textura steps' tasks through the engine, over days (a movable clock, an H2 file journal, a new
 * {@link Roteiro} each morning): a task whose cause went away closes itself, one whose document or row
 * was not read stays open, and a discarded mail attachment leaves the journal.
 */
class TasksCloseThemselvesTest {
    private static final ZoneId SP = ZoneId.of("America/Sao_Paulo");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final String HEADER = "Nome;CAU;E-mail\n";

    @TempDir
    Path dir;
    private final MovableClock clock = new MovableClock(ZonedDateTime.of(MONDAY.atTime(8, 0), SP).toInstant(), SP);
    private final InMemoryRomaneioBook book = new InMemoryRomaneioBook(clock);
    private final InMemoryArchitectRegistry registry = new InMemoryArchitectRegistry();

    private String journal() {
        return JournalStore.h2FileUrl(dir.resolve("journal"));
    }

    private Roteiro routine(Map<String, Object> textura) {
        return Roteiro.builder().withModules(new TexturaModule()).config(Map.of("textura", textura)).clock(clock)
                .progress(ProgressListener.NONE).journalUrl(journal())
                .bind(b -> {
                    b.bind(ArchitectRegistry.class).toInstance(registry);
                    b.bind(RomaneioBook.class).toInstance(book);
                }).build();
    }

    private void day(int plus) {
        clock.set(ZonedDateTime.of(MONDAY.plusDays(plus).atTime(8, 0), SP).toInstant());
    }

    private static List<Task> of(List<Task> tasks, String step) {
        return tasks.stream().filter(t -> t.stepId().equals(step)).toList();
    }

    @Test
    void rejectedArchitectRowsCloseThemselvesOnceTheSheetIsFixedAndNotWhileItCannotBeRead() throws IOException {
        Path sheet = dir.resolve("arquitetos.csv");
        Map<String, Object> config = Map.of("architects", Map.of("sources", List.of(sheet.toString())));
        Files.writeString(sheet, HEADER
                + "Ana Lúcia Gonçalves;A123456-7;ana@estudio.arq.br\n"
                + "Beatriz Souza;B765432-1;bia@souza.arq.br\n"            // CAU written wrong
                + "Carlos Mendes;A222333-4;carlos@@mendes\n");             // e-mail wrong

        try (Roteiro monday = routine(config)) {
            monday.runSteps(Set.of("textura.architects"));
            assertThat(of(monday.tasks().open(), "textura.architects")).extracting(Task::subject)
                    .containsExactlyInAnyOrder("row:arquitetos.csv:beatrizsouza", "cau:A222333-4");
        }

        // Tuesday: the sheet cannot be read (moved away): the rows were not looked at, nothing closes
        day(1);
        Files.move(sheet, dir.resolve("arquitetos-em-edicao.csv"));
        try (Roteiro tuesday = routine(config)) {
            tuesday.runSteps(Set.of("textura.architects"));
            assertThat(of(tuesday.tasks().open(), "textura.architects")).extracting(Task::subject)
                    .containsExactlyInAnyOrder("row:arquitetos.csv:beatrizsouza", "cau:A222333-4", "file:arquitetos.csv");
        }

        // Wednesday: the sheet is back, both rows fixed (Beatriz's CAU now well-formed, so her task is
        // about another subject than the one she was rejected under)
        day(2);
        Files.delete(dir.resolve("arquitetos-em-edicao.csv"));
        Files.writeString(sheet, HEADER
                + "Ana Lúcia Gonçalves;A123456-7;ana@estudio.arq.br\n"
                + "Beatriz Souza;A765432-1;bia@souza.arq.br\n"
                + "Carlos Mendes;A222333-4;carlos@mendes.arq.br\n");
        try (Roteiro wednesday = routine(config)) {
            wednesday.runSteps(Set.of("textura.architects"));
            assertThat(of(wednesday.tasks().open(), "textura.architects")).isEmpty();
            List<Task> closed = of(wednesday.tasks().closedOn(MONDAY.plusDays(2)), "textura.architects");
            assertThat(closed).extracting(Task::subject).containsExactlyInAnyOrder(
                    "row:arquitetos.csv:beatrizsouza", "cau:A222333-4", "file:arquitetos.csv");
            assertThat(closed).allSatisfy(t -> {
                assertThat(t.state()).isEqualTo(TaskState.DONE);
                assertThat(t.closedBy()).isEqualTo(Task.ROTEIRO);
                assertThat(t.openedOn()).isIn(MONDAY, MONDAY.plusDays(1));
            });
        }
        assertThat(registry.find("A765432-1")).isPresent();
        assertThat(registry.find("A222333-4")).isPresent();
    }

    @Test
    void aRomaneioForAnUnknownCustomerClosesItselfOnceTheCustomerExistsAndItIsKeyed() throws IOException {
        Path drop = Files.createDirectories(dir.resolve("entrada"));
        Files.writeString(drop.resolve("lote.csv"), Fixtures.lote(2001, 2002));
        Map<String, Object> config = Map.of("romaneios", Map.of("drop-folder", drop.toString(),
                "g3stor-pending", false, "mail-attachments", false));

        try (Roteiro monday = routine(config)) {
            monday.runSteps(Set.of("textura.romaneios"));
            assertThat(of(monday.tasks().open(), "textura.romaneios")).extracting(Task::subject)
                    .containsExactlyInAnyOrder("file:lote.csv › " + Fixtures.ISSUER + "/2001/0", "file:lote.csv › " + Fixtures.ISSUER + "/2002/0");
        }
        assertThat(book.keyedRomaneios()).isEmpty();

        // Tuesday: still unknown: the same two tasks, a day older
        day(1);
        try (Roteiro tuesday = routine(config)) {
            tuesday.runSteps(Set.of("textura.romaneios"));
            assertThat(of(tuesday.tasks().open(), "textura.romaneios")).hasSize(2)
                    .allSatisfy(t -> assertThat(tuesday.tasks().ageInBusinessDays(t)).isEqualTo(1));
        }

        // Wednesday: someone registered the customer; the romaneios get keyed and their tasks close
        day(2);
        book.addCustomer(Fixtures.CUSTOMER);
        try (Roteiro wednesday = routine(config)) {
            wednesday.runSteps(Set.of("textura.romaneios"));
            assertThat(of(wednesday.tasks().open(), "textura.romaneios")).isEmpty();
            assertThat(of(wednesday.tasks().closedOn(MONDAY.plusDays(2)), "textura.romaneios")).hasSize(2)
                    .allSatisfy(t -> assertThat(t.closedBy()).isEqualTo(Task.ROTEIRO));
        }
        assertThat(book.keyedRomaneios()).extracting(r -> r.key().number()).containsExactly("2001", "2002");
        assertThat(Files.exists(drop.resolve("lancados").resolve("lote.csv"))).isTrue();
    }

    @Test
    void aRomaneioTakenOutOfItsFileOrAFileTakenOutOfTheFolderClosesItsTasks() throws IOException {
        Path drop = Files.createDirectories(dir.resolve("entrada"));
        book.addCustomer(Fixtures.CUSTOMER);
        String unknown = Fixtures.lote(3001, 3001).replace(Fixtures.CUSTOMER, "99888777000166");
        Files.writeString(drop.resolve("lote.csv"), Fixtures.lote(2001, 2001) + unknown.lines().skip(1)
                .map(l -> l + "\n").reduce("", String::concat));
        Files.writeString(drop.resolve("vazio.csv"), "");
        Map<String, Object> config = Map.of("romaneios", Map.of("drop-folder", drop.toString(),
                "g3stor-pending", false, "mail-attachments", false));

        try (Roteiro monday = routine(config)) {
            monday.runSteps(Set.of("textura.romaneios"));
            assertThat(of(monday.tasks().open(), "textura.romaneios")).extracting(Task::subject)
                    .containsExactlyInAnyOrder("file:lote.csv › " + Fixtures.ISSUER + "/3001/0", "file:vazio.csv");
        }

        // Tuesday: romaneio 3001 was taken out of the file (it goes by hand), the empty file deleted
        day(1);
        Files.writeString(drop.resolve("lote.csv"), Fixtures.lote(2001, 2001));
        Files.delete(drop.resolve("vazio.csv"));
        try (Roteiro tuesday = routine(config)) {
            tuesday.runSteps(Set.of("textura.romaneios"));
            assertThat(of(tuesday.tasks().open(), "textura.romaneios")).isEmpty();
            assertThat(of(tuesday.tasks().closedOn(MONDAY.plusDays(1)), "textura.romaneios")).hasSize(2);
        }
    }

    @Test
    void aDiscardedAttachmentBeyondALimitLeavesTheJournal() throws IOException {
        try (JournalStore store = JournalStore.open(journal())) {
            store.journal().record(Handoffs.ROMANEIO_INBOX, "doc-bomb", HandoffDocument.of("doc-bomb", "<m1@cliente>",
                    "lote-enorme.csv", "text/csv", Fixtures.lote(4001, 4010).getBytes(StandardCharsets.UTF_8), null));
            store.journal().record(Handoffs.ROMANEIO_INBOX, "doc-good", HandoffDocument.of("doc-good", "<m2@cliente>",
                    "lote.csv", "text/csv", Fixtures.lote(2001, 2001).getBytes(StandardCharsets.UTF_8), null));
        }
        book.addCustomer(Fixtures.CUSTOMER);
        Map<String, Object> config = Map.of("romaneios", Map.of("g3stor-pending", false, "mail-attachments", true,
                "limits", Map.of("max-rows", 5)));

        Task bomb;
        try (Roteiro monday = routine(config)) {
            monday.runSteps(Set.of("textura.romaneios"));
            List<Task> open = of(monday.tasks().open(), "textura.romaneios");
            assertThat(open).singleElement().satisfies(t -> {
                assertThat(t.subject()).isEqualTo("mail:doc-bomb");
                assertThat(t.reason()).contains("max-rows");
                assertThat(t.target()).contains("lote-enorme.csv");
                assertThat(t.handoff()).isEqualTo(new HandoffRef(Handoffs.ROMANEIO_INBOX, "doc-bomb"));
            });
            bomb = open.get(0);
        }
        // the romaneios read before the limit was reached are keyed (the document is streamed), the good one too
        assertThat(book.keyedRomaneios()).extracting(r -> r.key().number()).contains("2001").doesNotContain("4010");

        // Tuesday: still there (nobody looked at it), until a person discards it
        day(1);
        try (Roteiro tuesday = routine(config)) {
            tuesday.runSteps(Set.of("textura.romaneios"));
            assertThat(of(tuesday.tasks().open(), "textura.romaneios")).extracting(Task::id).containsExactly(bomb.id());
            TaskChange discarded = tuesday.tasks().discard(bomb.id(), "ana", "planilha de outro cliente, apaguei");
            assertThat(discarded.changed()).isTrue();
        }
        try (JournalStore store = JournalStore.open(journal())) {
            assertThat(store.journal().records(Handoffs.ROMANEIO_INBOX, HandoffDocument.class))
                    .containsOnlyKeys("doc-good");
        }

        // Wednesday: the document is gone, the task stays discarded, nothing new is raised about it
        day(2);
        try (Roteiro wednesday = routine(config)) {
            wednesday.runSteps(Set.of("textura.romaneios"));
            assertThat(of(wednesday.tasks().open(), "textura.romaneios")).isEmpty();
            assertThat(wednesday.tasks().find(bomb.id()).orElseThrow().state()).isEqualTo(TaskState.DISCARDED);
        }
    }

    @Test
    void aDiscardedArchitectsAttachmentThatCouldNotBeReadLeavesTheJournalToo() {
        try (JournalStore store = JournalStore.open(journal())) {
            store.journal().record(Handoffs.ARCHITECT_INBOX, "arq-1", HandoffDocument.of("arq-1", "<m3@escritorio>",
                    "arquitetos.csv", "text/csv", "Nome;Telefone\nAna;11 98765-4321\n".getBytes(StandardCharsets.UTF_8),
                    null));
        }
        Map<String, Object> config = Map.of("architects", Map.of("sources", List.of(), "mail-attachments", true));

        try (Roteiro monday = routine(config)) {
            monday.runSteps(Set.of("textura.architects"));
            Task missingColumn = of(monday.tasks().open(), "textura.architects").get(0);
            assertThat(missingColumn.subject()).isEqualTo("mail:arq-1");
            assertThat(missingColumn.handoff()).isEqualTo(new HandoffRef(Handoffs.ARCHITECT_INBOX, "arq-1"));
            assertThat(monday.tasks().discard(missingColumn.id(), "ana", "planilha antiga").changed()).isTrue();
        }
        try (JournalStore store = JournalStore.open(journal())) {
            assertThat(store.journal().records(Handoffs.ARCHITECT_INBOX, HandoffDocument.class)).isEmpty();
        }
    }
}
