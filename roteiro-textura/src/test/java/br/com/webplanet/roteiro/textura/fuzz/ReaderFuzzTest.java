package br.com.webplanet.roteiro.textura.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.textura.HostileFiles;
import br.com.webplanet.roteiro.textura.XlsxBuilder;
import br.com.webplanet.roteiro.textura.io.CsvFormatException;
import br.com.webplanet.roteiro.textura.io.ReadLimits;
import br.com.webplanet.roteiro.textura.romaneios.CsvRomaneioParser;
import br.com.webplanet.roteiro.textura.romaneios.NfeRomaneioParser;
import br.com.webplanet.roteiro.textura.romaneios.ParseContext;
import br.com.webplanet.roteiro.textura.romaneios.ParsedRomaneio;
import br.com.webplanet.roteiro.textura.romaneios.RomaneioParser;
import br.com.webplanet.roteiro.textura.romaneios.XlsxRomaneioParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based fuzzing of the romaneio readers (#15 "Fuzzing"): valid samples — a CSV export, a
 * workbook written by Apache POI, an NF-e — mutated at random (characters inserted, removed,
 * repeated; bytes flipped), and random text. Whatever comes in, a reader either gives romaneios
 * (valid or with their problems) or stops with a clear {@link IOException} (a {@link CsvFormatException}
 * names line or limit); nothing else escapes, and the small limits used here bound the memory.
 * Tries: {@code jqwik.tries.default} (50 in the build; {@code -Djqwik.tries.default=20000} for a
 * long run, see the module README).
 */
class ReaderFuzzTest {
    private static final ReadLimits LIMITS = new ReadLimits(4, 16, 100, 4, 5_000, 512, 4_096, 65_536);
    private static final String CSV = "Emitente;Romaneio;Série;Data;Cliente;Nome cliente;Código;Descrição;Quantidade;Peso;Peso bruto\r\n"
            + "11222333000181;1001;1;27/11/2026;12345678000190;\"Construtora \"\"Alfa\"\"; Ltda\";PISO-60;Porcelanato;10,5;210;230\r\n"
            + "11222333000181;1001;1;27/11/2026;12345678000190;;ARG-AC3;Argamassa;1;20;230\r\n"
            + "11222333000181;1002;1;2026-11-27 14:30:00;1.1222333000181E13;;REJ-1;Rejunte;2;5;5\r\n";
    private static final byte[] XLSX = new XlsxBuilder()
            .row("Emitente", "Romaneio", "Data", "Cliente", "Código", "Quantidade", "Peso")
            .row(11222333000181L, 1001, LocalDate.of(2026, 11, 27), "12345678000190", "PISO-60", 10, 210.5)
            .row(11222333000181L, 1001, LocalDate.of(2026, 11, 27), "12345678000190", "ARG-AC3", 1, 20)
            .build();
    private static final String SHEET = part(XLSX, "xl/worksheets/sheet1.xml");
    private static final String NFE = resource("/textura/romaneios/NFe35261111222333000181550010000045211234567890.xml");
    private static final String NOISE = "<>/=\"'&;:,.\r\n\t \u00A0_x000D_0123456789ABCrcsvt#E+-";

    @Property
    void csvMutantsGiveRomaneiosOrAClearError(@ForAll("seeds") long seed) {
        assertReadsOrFailsClearly(new CsvRomaneioParser(), "r.csv", mutate(CSV, seed).getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void randomTextAsCsvGivesRomaneiosOrAClearError(@ForAll("noise") String text) {
        assertReadsOrFailsClearly(new CsvRomaneioParser(), "r.csv", ("Romaneio;Código;Quantidade\n" + text)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void workbookMutantsGiveRomaneiosOrAClearError(@ForAll("seeds") long seed) {
        byte[] xlsx = HostileFiles.replace(XLSX, Deflater.BEST_SPEED,
                Map.of("xl/worksheets/sheet1.xml", out -> out.write(mutate(SHEET, seed).getBytes(StandardCharsets.UTF_8))));
        assertReadsOrFailsClearly(new XlsxRomaneioParser(), "r.xlsx", xlsx);
    }

    @Property
    void workbookByteFlipsGiveRomaneiosOrAClearError(@ForAll("seeds") long seed) {
        byte[] xlsx = XLSX.clone();
        Random random = new Random(seed);
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            xlsx[random.nextInt(xlsx.length)] ^= (byte) (1 << random.nextInt(8));
        }
        assertReadsOrFailsClearly(new XlsxRomaneioParser(), "r.xlsx", xlsx);
    }

    @Property
    void nfeMutantsGiveRomaneiosOrAClearError(@ForAll("seeds") long seed) {
        assertReadsOrFailsClearly(new NfeRomaneioParser(), "n.xml", mutate(NFE, seed).getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withChars(NOISE.toCharArray()).withCharRange('a', 'z').ofMaxLength(3_000);
    }

    private static void assertReadsOrFailsClearly(RomaneioParser parser, String name, byte[] content) {
        try (Stream<ParsedRomaneio> parsed = parser.parse(new ByteArrayInputStream(content),
                new ParseContext(name, name, Optional.of("11222333000181"), LIMITS))) {
            List<ParsedRomaneio> all = parsed.toList();
            assertThat(all).allSatisfy(p -> assertThat(p.valid() || !p.problems().isEmpty()).isTrue());
        } catch (IOException e) {
            assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(2_000);
        } catch (UncheckedIOException e) {
            assertThat(e.getCause().getMessage()).isNotBlank().hasSizeLessThan(2_000);
        }
    }

    /** {@code text} with 1–8 random edits: insert noise, delete a span, repeat a span. */
    static String mutate(String text, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(text);
        for (int edits = 1 + random.nextInt(8); edits > 0 && out.length() > 0; edits--) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> {
                    for (int n = 1 + random.nextInt(6); n > 0; n--) {
                        out.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                    }
                }
                case 1 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(40)));
                default -> {
                    String span = out.substring(at, Math.min(out.length(), at + 1 + random.nextInt(80)));
                    out.insert(at, span.repeat(1 + random.nextInt(20)));
                }
            }
        }
        return out.toString();
    }

    private static String part(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new IllegalStateException("no " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReaderFuzzTest.class.getResourceAsStream(name)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
