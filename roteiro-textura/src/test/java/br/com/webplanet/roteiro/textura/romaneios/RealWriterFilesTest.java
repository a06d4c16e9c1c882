package br.com.webplanet.roteiro.textura.romaneios;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioItem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Romaneio exports written by real tools (src/test/resources/textura/real, made by {@code make.py}
 * there: openpyxl, XlsxWriter, pandas, Gnumeric) read as a person sees them in the sheet, and
 * every value the file leaves in doubt sent to a person with its cell's address.
 */
class RealWriterFilesTest {
    private static final String ISSUER = "11222333000181";

    static Map<String, ParsedRomaneio> parse(String file) throws IOException {
        RomaneioParser parser = file.endsWith(".csv") ? new CsvRomaneioParser() : new XlsxRomaneioParser();
        InputStream in = RealWriterFilesTest.class.getResourceAsStream("/textura/real/" + file);
        assertThat(in).as(file).isNotNull();
        try (Stream<ParsedRomaneio> parsed = parser.parse(in, new ParseContext(file, file, Optional.empty()))) {
            return parsed.collect(Collectors.toMap(p -> p.valid() ? p.key().number() : p.label(), Function.identity()));
        }
    }

    private static String problems(ParsedRomaneio parsed) {
        return parsed.problems().stream().map(Localized::ptBR).collect(Collectors.joining("; "));
    }

    /** openpyxl's workbook and Gnumeric's re-save of it. */
    @ParameterizedTest
    @ValueSource(strings = {"romaneio-openpyxl.xlsx", "romaneio-gnumeric.xlsx"})
    void mergedHeaderNumberFormatsDateTimesAndNoBreakSpacesReadAsTheSheetShowsThem(String file) throws IOException {
        Map<String, ParsedRomaneio> parsed = parse(file);

        Romaneio r = parsed.get("8101").romaneio();
        assertThat(r.key().issuer()).isEqualTo(ISSUER);                      // a CNPJ stored as a number
        assertThat(r.customer()).isEqualTo("01234567000195");               // format 00000000000000 keeps the 0
        assertThat(r.customerName()).isEqualTo("Construtora Alfa");         // U+00A0 is a space
        assertThat(r.issueDate()).isEqualTo(LocalDate.of(2026, 11, 27));   // a date-time cell
        assertThat(r.items()).extracting(RomaneioItem::code).containsExactly("PISO-60", "ARG-AC3"); // merged down
        assertThat(r.grossWeight()).isEqualByComparingTo("230");
    }

    @ParameterizedTest
    @ValueSource(strings = {"romaneio-openpyxl.xlsx", "romaneio-gnumeric.xlsx"})
    void aNumberThatMayBeADocumentAndADateInACodeColumnGoToAPersonWithTheCellAddress(String file) throws IOException {
        Map<String, ParsedRomaneio> parsed = parse(file);

        ParsedRomaneio lostZero = parsed.get("8102");
        assertThat(lostZero.valid()).isFalse();
        assertThat(problems(lostZero)).contains("célula Planilha1!E4").contains("1234567000195");
        ParsedRomaneio dateAsCode = parsed.get("8103");
        assertThat(dateAsCode.valid()).isFalse();
        assertThat(problems(dateAsCode)).contains("célula Planilha1!H5").contains("data");
    }

    /** XlsxWriter (the writer pandas uses for Excel), in the 1904 date system. */
    @Test
    void date1904EscapesAndFormulaCachedValuesFromXlsxWriter() throws IOException {
        Map<String, ParsedRomaneio> parsed = parse("romaneio-xlsxwriter.xlsx");

        Romaneio r = parsed.get("8201").romaneio();
        assertThat(r.issueDate()).isEqualTo(LocalDate.of(2026, 11, 27));   // not 2030-11-28
        assertThat(r.customerName()).isEqualTo("Construtora Beta");         // no _x000D_
        assertThat(r.customer()).isEqualTo("98765432000198");               // U+00A0 after the CNPJ
        assertThat(r.grossWeight()).isEqualTo(new BigDecimal("1060.4"));   // not 1060.3999999999999
        assertThat(r.items()).extracting(RomaneioItem::weight)
                .containsExactly(new BigDecimal("1000.1"), new BigDecimal("60.3"));
        Romaneio withTime = parsed.get("8202").romaneio();
        assertThat(withTime.issueDate()).isEqualTo(LocalDate.of(2026, 11, 27)); // dd/mm/yyyy hh:mm
        assertThat(withTime.customer()).isEqualTo("98765432000198");            // a valid CNPJ as a number
    }

    /** Gnumeric's CSV export of the XlsxWriter workbook: what Gnumeric leaves in text is read too. */
    @Test
    void gnumericCsvWithEscapesFullDoublesSlashDatesAndMergedRowsLeftEmpty() throws IOException {
        Map<String, ParsedRomaneio> parsed = parse("romaneio-gnumeric.csv");

        Romaneio r = parsed.get("8201").romaneio();
        assertThat(r.customerName()).isEqualTo("Construtora Beta");
        assertThat(r.grossWeight()).isEqualTo(new BigDecimal("1060.4"));
        assertThat(r.issueDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(r.items()).hasSize(2);
        assertThat(parsed.get("8202").valid()).isTrue();
    }

    /** pandas writes an integer column with a gap as floats: 11444777000161.0. */
    @Test
    void pandasFloatDocumentsAndDateTimesAreReadAndALostZeroGoesToAPerson() throws IOException {
        Map<String, ParsedRomaneio> parsed = parse("romaneio-pandas.csv");

        Romaneio r = parsed.get("8301").romaneio();
        assertThat(r.customer()).isEqualTo("11444777000161");
        assertThat(r.customerName()).isEqualTo("Loja Gama");
        assertThat(r.issueDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(parsed.get("8302").valid()).isFalse();
        assertThat(problems(parsed.get("8303"))).contains("célula 4:4").contains("1234567000195.0");
    }
}
