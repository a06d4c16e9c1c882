package br.com.webplanet.roteiro.textura;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.engine.ProgressListener;
import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.memory.InMemoryArchitectRegistry;
import br.com.webplanet.roteiro.memory.InMemoryRomaneioBook;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioItem;
import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import br.com.webplanet.roteiro.textura.romaneios.ParseContext;
import br.com.webplanet.roteiro.textura.romaneios.ParsedRomaneio;
import br.com.webplanet.roteiro.textura.romaneios.RomaneioParser;
import com.google.inject.multibindings.Multibinder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new romaneio layout is a plugin: a {@link RomaneioParser} bound into the set, nothing else. */
class RomaneioParserPluginTest {
    @TempDir
    Path dir;

    /** The carrier's pipe-separated manifest: {@code number|date|customer|code|quantity} per line. */
    static final class CarrierManifestParser implements RomaneioParser {
        @Override
        public String name() {
            return "carrier-manifest";
        }

        @Override
        public boolean accepts(String fileName, String contentType, byte[] firstBytes) {
            return fileName.toLowerCase(Locale.ROOT).endsWith(".rom");
        }

        @Override
        public Stream<ParsedRomaneio> parse(InputStream in, ParseContext context) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return lines.lines().map(line -> line.split("\\|")).map(f -> ParsedRomaneio.valid(new Romaneio(
                    new RomaneioKey(context.defaultIssuer().orElseThrow(), f[0], "1"), LocalDate.parse(f[1]), f[2], null,
                    "Transportes Rápido", List.of(new RomaneioItem(f[3], "", new BigDecimal(f[4]), "UN", null)), null,
                    null, context.source()), context.source(), "")).onClose(() -> {
                        try {
                            lines.close();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        }
    }

    @Test
    void aParserBoundIntoTheSetReadsItsLayoutNextToTheBuiltInOnes() throws IOException {
        Path drop = Files.createDirectories(dir.resolve("entrada"));
        Files.writeString(drop.resolve("manifesto.rom"), "9001|2026-11-27|" + Fixtures.CUSTOMER + "|PISO-60|12\n");
        Files.writeString(drop.resolve("lote.csv"), Fixtures.lote(2001, 2001));
        InMemoryRomaneioBook book = new InMemoryRomaneioBook(Fixtures.CLOCK);
        book.addCustomer(Fixtures.CUSTOMER);

        try (Roteiro roteiro = Roteiro.builder().withModules(new TexturaModule())
                .config(Map.of("textura", Map.of("romaneios", Map.of("dropFolder", drop.toString(),
                        "issuer", Fixtures.ISSUER))))
                .clock(Fixtures.CLOCK).progress(ProgressListener.NONE).journalUrl("jdbc:h2:mem:" + UUID.randomUUID())
                .only(java.util.Set.of("textura.romaneios"))
                .bind(b -> {
                    b.bind(ArchitectRegistry.class).toInstance(new InMemoryArchitectRegistry());
                    b.bind(RomaneioBook.class).toInstance(book);
                    Multibinder.newSetBinder(b, RomaneioParser.class).addBinding().toInstance(new CarrierManifestParser());
                }).build()) {
            roteiro.run();
        }

        assertThat(book.keyedRomaneios()).extracting(r -> r.key().number()).containsExactlyInAnyOrder("2001", "9001");
    }
}
