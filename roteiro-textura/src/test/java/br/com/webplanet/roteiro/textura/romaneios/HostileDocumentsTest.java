package br.com.webplanet.roteiro.textura.romaneios;

import static br.com.webplanet.roteiro.textura.romaneios.RomaneioParsersTest.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.model.HandoffDocument;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.memory.InMemoryRomaneioBook;
import br.com.webplanet.roteiro.textura.Fixtures;
import br.com.webplanet.roteiro.textura.HostileFiles;
import br.com.webplanet.roteiro.textura.RomaneiosConfig;
import br.com.webplanet.roteiro.textura.io.CsvFormatException;
import br.com.webplanet.roteiro.textura.io.DocumentLimitException;
import br.com.webplanet.roteiro.textura.io.ReadLimits;
import br.com.webplanet.roteiro.textura.io.Row;
import br.com.webplanet.roteiro.textura.io.RowReader;
import br.com.webplanet.roteiro.textura.io.XlsxReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** #15 item 1 and the {@code r="abc"} case of item 6: hostile documents end as a task naming the file and the limit. */
class HostileDocumentsTest {
    private final InMemoryRomaneioBook book = new InMemoryRomaneioBook(Fixtures.CLOCK);
    private final InMemoryJournal journal = new InMemoryJournal();
    @TempDir
    Path dir;

    @BeforeEach
    void customers() {
        book.addCustomer("12345678000190");
    }

    private static Row readAll(RowReader reader) throws IOException {
        try (reader) {
            Row last = null;
            for (Row r = reader.next(); r != null; r = reader.next()) {
                last = r;
            }
            return last;
        }
    }

    @Test
    void aColumnReferenceNearTwoToTheThirtyFirstIsBeyondMaxColumns() {
        byte[] xlsx = HostileFiles.xlsxWithSheetData("<row r=\"1\"><c r=\"FXSHRXW1\" t=\"inlineStr\"><is><t>x</t></is></c></row>");

        assertThatThrownBy(() -> readAll(XlsxReader.open(new ByteArrayInputStream(xlsx))))
                .isInstanceOfSatisfying(DocumentLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo("max-columns");
                    assertThat(e.problem().ptBR()).contains("limits.max-columns").contains("FXSHRXW1");
                });
    }

    @Test
    void aSharedStringsDeflateBombStopsAtTheExpansionRatio() {
        byte[] xlsx = HostileFiles.sharedStringsBomb(260);

        assertThat(xlsx.length).isBetween(1_000_000, 2_000_000);   // the 1.2 MB of the report
        assertThatThrownBy(() -> readAll(XlsxReader.open(new ByteArrayInputStream(xlsx))))
                .isInstanceOfSatisfying(DocumentLimitException.class,
                        e -> assertThat(e.limit()).isIn("max-expansion-ratio", "max-shared-strings-mb"));
    }

    @Test
    void aCsvOfSemicolonsStopsAtMaxColumns() throws IOException {
        Path csv = HostileFiles.semicolons(dir.resolve("pontoevirgula.csv"), 100);

        try (InputStream in = Files.newInputStream(csv)) {
            assertThatThrownBy(() -> readAll(RowReader.open("pontoevirgula.csv", in)))
                    .isInstanceOfSatisfying(DocumentLimitException.class, e -> assertThat(e.limit()).isEqualTo("max-columns"));
        }
    }

    @Test
    void rowsCellTextAndFileSizeHaveTheirOwnLimits() {
        ReadLimits small = new ReadLimits(1, 512, 100, 32, 2, 16_384, 10, 1_000);
        String csv = "Romaneio;Código;Quantidade\n1;A;1\n2;B;1\n";
        assertThatThrownBy(() -> readAll(RowReader.open("r.csv", stream(csv), small)))
                .isInstanceOfSatisfying(DocumentLimitException.class, e -> assertThat(e.limit()).isEqualTo("max-rows"));
        assertThatThrownBy(() -> readAll(RowReader.open("r.csv", stream("a;" + "b".repeat(11) + "\n"), small)))
                .isInstanceOfSatisfying(DocumentLimitException.class, e -> assertThat(e.limit()).isEqualTo("max-cell-chars"));
        ReadLimits oneMb = new ReadLimits(1, 512, 100, 32, 2_000_000, 16_384, 32_767, 1_048_576);
        assertThatThrownBy(() -> readAll(RowReader.open("r.csv", stream(("a;b\n").repeat(300_000)), oneMb)))
                .isInstanceOfSatisfying(DocumentLimitException.class, e -> assertThat(e.limit()).isEqualTo("max-file-mb"));
    }

    @Test
    void anInvalidRowNumberNamesTheSheetAndTheRowNotG3stor() {
        byte[] xlsx = HostileFiles.xlsxWithSheetData("<row r=\"1\"><c t=\"inlineStr\"><is><t>Romaneio</t></is></c></row>"
                + "<row r=\"abc\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>");

        assertThatThrownBy(() -> readAll(XlsxReader.open(new ByteArrayInputStream(xlsx))))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("r=\"abc\"").hasMessageContaining("row 1");
    }

    @Test
    void hostileDocumentsBecomeTasksNamingFileAndLimitAndTheGoodOneIsStillKeyed() throws IOException {
        Path drop = Files.createDirectories(dir.resolve("entrada"));
        Files.write(drop.resolve("a-coluna.xlsx"), HostileFiles.xlsxWithSheetData(
                "<row r=\"1\"><c r=\"FXSHRXW1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));
        Files.write(drop.resolve("b-linha.xlsx"), HostileFiles.xlsxWithSheetData(
                "<row r=\"abc\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>"));
        HostileFiles.semicolons(drop.resolve("c-pontos.csv"), 100);
        Files.writeString(drop.resolve("d-bom.csv"), "Emitente;Romaneio;Data;Cliente;Código;Quantidade\n"
                + ISSUER + ";9001;27/11/2026;12345678000190;PISO-60;10\n");

        StepResult result = new RomaneiosStep(RomaneiosConfig.of(drop), book, RomaneiosStep.builtInParsers())
                .execute(FixedStepContext.of(Fixtures.CLOCK, journal));

        assertThat(book.keyedRomaneios()).extracting(r -> r.key().number()).containsExactly("9001");
        assertThat(result.humanTasks()).extracting(HumanTask::title).containsOnly("Conferir documento de romaneio");
        assertThat(result.humanTasks()).extracting(HumanTask::target)
                .containsExactly("a-coluna.xlsx", "b-linha.xlsx", "c-pontos.csv");
        assertThat(result.humanTasks().get(0).reason()).contains("limits.max-columns");
        assertThat(result.humanTasks().get(1).reason()).contains("r=\"abc\"").doesNotContain("G3stor");
        assertThat(result.humanTasks().get(2).reason()).contains("limits.max-columns");
    }

    @Test
    void anAttachmentBeyondALimitIsATaskOnceAndLeavesTheHandOff() throws IOException {
        byte[] bomb = HostileFiles.xlsxWithSheetData("<row r=\"1\"><c r=\"FXSHRXW1\"><v>1</v></c></row>");
        journal.record(Handoffs.ROMANEIO_INBOX, "<m1@x>#1", HandoffDocument.of("<m1@x>#1", "expedicao@textura.com.br",
                "romaneio.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bomb, null));
        RomaneiosStep step = new RomaneiosStep(RomaneiosConfig.of(null), book, RomaneiosStep.builtInParsers());

        StepResult first = step.execute(FixedStepContext.of(Fixtures.CLOCK, journal));
        StepResult second = step.execute(FixedStepContext.of(Fixtures.CLOCK, journal));

        assertThat(first.humanTasks()).singleElement().satisfies(t -> {
            assertThat(t.target()).contains("romaneio.xlsx");
            assertThat(t.reason()).contains("limits.max-columns");
        });
        assertThat(journal.state(RomaneioSources.MAIL_DONE + "<m1@x>#1")).isEqualTo(Journal.EffectState.DONE);
        assertThat(journal.result(RomaneioSources.MAIL_DONE + "<m1@x>#1", String.class).orElseThrow())
                .startsWith(RomaneioSources.REJECTED);
        assertThat(second.counts()).containsEntry("documents", 0L);
        assertThat(second.humanTasks()).isEmpty();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

}
