package br.com.webplanet.roteiro.textura.romaneios;

import static br.com.webplanet.roteiro.textura.romaneios.RomaneioParsersTest.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.memory.InMemoryRomaneioBook;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.textura.RomaneiosConfig;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 50,000-line export is read one romaneio at a time, never whole. */
class LargeCsvTest {
    static final int ROMANEIOS = 5_000;
    static final int ITEMS = 10;
    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void writeFile() throws IOException {
        file = dir.resolve("entrada").resolve("romaneios-grande.csv");
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFFEmitente;Romaneio;Série;Data;Cliente;Nome cliente;Peso bruto;Código;Descrição;Quantidade;Unidade;Peso\r\n");
            for (int r = 0; r < ROMANEIOS; r++) {
                for (int i = 0; i < ITEMS; i++) {
                    out.write(ISSUER + ";" + (100_000 + r) + ";2;27/11/2026;12345678000190;\"Construtora Horizonte; Obra "
                            + r + "\";1.000,0;SKU-" + i + ";\"Revestimento cerâmico \"\"linha " + i + "\"\"\";12,5;M2;100\r\n");
                }
            }
        }
    }

    @Test
    void parsingPullsOnlyAFewKilobytesPerRomaneio() throws IOException {
        AtomicLong read = new AtomicLong();
        InputStream counting = new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read.addAndGet(Math.max(n, 0));
                return n;
            }
        };
        long size = Files.size(file);

        try (Stream<ParsedRomaneio> parsed = new CsvRomaneioParser().parse(counting,
                new ParseContext(file.getFileName().toString(), null, Optional.empty()))) {
            Iterator<ParsedRomaneio> it = parsed.iterator();
            ParsedRomaneio first = it.next();
            long afterFirst = read.get();
            long count = 1;
            while (it.hasNext()) {
                assertThat(it.next().valid()).isTrue();
                count++;
            }

            assertThat(first.romaneio().items()).hasSize(ITEMS);
            assertThat(size).isGreaterThan(5_000_000);
            assertThat(afterFirst).isLessThan(256 * 1024);
            assertThat(count).isEqualTo(ROMANEIOS);
            assertThat(read.get()).isEqualTo(size);
        }
    }

    @Test
    void theStepKeysEveryRomaneioOfTheLargeFileOnce() throws IOException {
        InMemoryRomaneioBook book = new InMemoryRomaneioBook(RomaneiosStepTest.CLOCK);
        book.addCustomer("12345678000190");
        InMemoryJournal journal = new InMemoryJournal();
        Path drop = Files.createDirectories(dir.resolve("step-entrada"));
        Path copy = Files.copy(file, drop.resolve(file.getFileName()));
        RomaneiosStep step = new RomaneiosStep(RomaneiosConfig.of(drop), book, RomaneiosStep.builtInParsers());

        StepResult result = step.execute(FixedStepContext.of(RomaneiosStepTest.CLOCK, journal));

        assertThat(result.counts()).containsEntry("keyed", (long) ROMANEIOS).containsEntry("attention", 0L);
        assertThat(book.keyedRomaneios()).hasSize(ROMANEIOS);
        assertThat(Files.exists(drop.resolve("lancados").resolve(file.getFileName()))).isTrue();
        assertThat(Files.exists(copy)).isFalse();
    }
}
