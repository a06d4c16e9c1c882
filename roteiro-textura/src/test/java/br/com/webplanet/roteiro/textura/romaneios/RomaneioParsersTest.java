package br.com.webplanet.roteiro.textura.romaneios;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioItem;
import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.textura.XlsxBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RomaneioParsersTest {
    static final String ISSUER = "11222333000181";
    static final String NFE = "NFe35261111222333000181550010000045211234567890.xml";
    static final String CSV = "romaneios-2026-11-27.csv";

    static InputStream resource(String name) {
        return RomaneioParsersTest.class.getResourceAsStream("/textura/romaneios/" + name);
    }

    private static List<ParsedRomaneio> parse(RomaneioParser parser, String name, InputStream in) throws IOException {
        try (Stream<ParsedRomaneio> parsed = parser.parse(in, new ParseContext(name, name, Optional.empty()))) {
            return parsed.toList();
        }
    }

    @Test
    void nfeGivesNumberSeriesDateRecipientCarrierItemsAndWeights() throws IOException {
        List<ParsedRomaneio> parsed = parse(new NfeRomaneioParser(), NFE, resource(NFE));

        assertThat(parsed).singleElement().satisfies(p -> assertThat(p.romaneio()).isEqualTo(new Romaneio(
                new RomaneioKey(ISSUER, "4521", "1"), LocalDate.of(2026, 11, 27), "12345678000190",
                "CONSTRUTORA HORIZONTE LTDA", "TRANSPORTES RÁPIDO LTDA", List.of(
                        new RomaneioItem("PISO-60", "PORCELANATO 60X60 ACETINADO BEGE", new BigDecimal("48.5000"), "M2", null),
                        new RomaneioItem("ARG-AC3", "ARGAMASSA AC-III 20KG", new BigDecimal("2.0000"), "SC", null),
                        new RomaneioItem("REJ-1", "REJUNTE FLEXÍVEL CINZA PLATINA 1KG", new BigDecimal("10.0000"), "KG", null)),
                new BigDecimal("1085.300"), new BigDecimal("1030.000"), NFE)));
    }

    @Test
    void eachParserAcceptsItsOwnFormatOnly() throws IOException {
        byte[] nfe = resource(NFE).readNBytes(RomaneioParser.SNIFF_BYTES);
        byte[] xlsx = new XlsxBuilder().row("Romaneio").build();
        byte[] csv = "Romaneio;Código\n".getBytes(StandardCharsets.UTF_8);

        assertThat(new NfeRomaneioParser().accepts(NFE, "application/xml", nfe)).isTrue();
        assertThat(new NfeRomaneioParser().accepts("outro.xml", "application/xml", "<pedido/>".getBytes())).isFalse();
        assertThat(new XlsxRomaneioParser().accepts("r.xlsx", "application/octet-stream", xlsx)).isTrue();
        assertThat(new XlsxRomaneioParser().accepts("r.xlsx", "application/octet-stream", csv)).isFalse();
        assertThat(new CsvRomaneioParser().accepts("r.csv", "application/octet-stream", csv)).isTrue();
        assertThat(new CsvRomaneioParser().accepts("foto.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8})).isFalse();
    }

    @Test
    void csvRowsAreGroupedIntoRomaneiosWithBrazilianNumbersAndQuotedDescriptions() throws IOException {
        List<ParsedRomaneio> parsed = parse(new CsvRomaneioParser(), CSV, resource(CSV));

        assertThat(parsed).extracting(ParsedRomaneio::label, ParsedRomaneio::lines).containsExactly(
                org.assertj.core.groups.Tuple.tuple("11222333000181/1001/1", "2-3"),
                org.assertj.core.groups.Tuple.tuple("11222333000181/1002/1", "4"),
                org.assertj.core.groups.Tuple.tuple("11222333000181/1003/1", "5"),
                org.assertj.core.groups.Tuple.tuple("11222333000181/1004/1", "6"),
                org.assertj.core.groups.Tuple.tuple("11222333000181/1005/1", "8"));
        assertThat(parsed.get(0).romaneio()).isEqualTo(new Romaneio(new RomaneioKey(ISSUER, "1001", "1"),
                LocalDate.of(2026, 11, 27), "12345678000190", "Construtora Horizonte Ltda", "Transportes Rápido",
                List.of(new RomaneioItem("PISO-60", "Porcelanato 60x60 acetinado \"bege\"", new BigDecimal("48.5"), "M2",
                                new BigDecimal("1020.3")),
                        new RomaneioItem("ARG-AC3", "Argamassa AC-III 20kg", new BigDecimal("2"), "SC", new BigDecimal("40"))),
                new BigDecimal("1060.3"), new BigDecimal("1030.0"), CSV));
        assertThat(parsed.get(3).romaneio().items()).extracting(RomaneioItem::description)
                .containsExactly("Pastilha de vidro 2x2\nazul piscina");
    }

    @Test
    void xlsxRowsAreGroupedLikeCsvAndUseTheDefaultIssuer() throws IOException {
        byte[] xlsx = new XlsxBuilder()
                .row("Romaneio", "Data", "Cliente", "Código", "Descrição", "Qtd", "Un", "Peso", "Peso bruto")
                .row("7001", java.time.LocalDate.of(2026, 11, 27), "12345678000190", "PISO-60", "Porcelanato", 10, "M2", 210.5, 230)
                .row("7001", java.time.LocalDate.of(2026, 11, 27), "12345678000190", "ARG-AC3", "Argamassa", 1, "SC", 20, 230)
                .build();

        List<ParsedRomaneio> parsed;
        try (Stream<ParsedRomaneio> s = new XlsxRomaneioParser().parse(new ByteArrayInputStream(xlsx),
                new ParseContext("r.xlsx", "r.xlsx", Optional.of(ISSUER)))) {
            parsed = s.toList();
        }

        assertThat(parsed).singleElement().satisfies(p -> {
            assertThat(p.romaneio().key()).isEqualTo(new RomaneioKey(ISSUER, "7001", "0"));
            assertThat(p.romaneio().issueDate()).isEqualTo(LocalDate.of(2026, 11, 27));
            assertThat(p.romaneio().items()).extracting(RomaneioItem::weight)
                    .containsExactly(new BigDecimal("210.5"), new BigDecimal("20"));
            assertThat(p.romaneio().grossWeight()).isEqualByComparingTo("230");
        });
    }

    @Test
    void rowsThatCannotBeReadMakeAnInvalidRomaneioThatSaysWhereAndWhy() throws IOException {
        String csv = "Emitente;Romaneio;Data;Cliente;Código;Quantidade\n"
                + ISSUER + ";8001;31/02/2026;12345678000190;PISO-60;dez\n"
                + ISSUER + ";8001;31/02/2026;99999999000199;;2\n";

        List<ParsedRomaneio> parsed = parse(new CsvRomaneioParser(), "ruim.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(parsed).singleElement().satisfies(p -> {
            assertThat(p.valid()).isFalse();
            assertThat(p.lines()).isEqualTo("2-3");
            assertThat(p.problems()).extracting(Localized::ptBR).containsExactly(
                    "valor inválido em \"Data\" na linha 2: \"31/02/2026\"",
                    "coluna \"Cliente\" na linha 3 diz \"99999999000199\", mas a primeira linha do romaneio diz \"12345678000190\"",
                    "valor inválido em \"Quantidade\" na linha 2: \"dez\"",
                    "campo obrigatório \"Código\" vazio na linha 3");
        });
    }

    @Test
    void aCancelledNfeIsNotARomaneioToKey() throws IOException {
        String xml = new String(resource(NFE).readAllBytes(), StandardCharsets.UTF_8)
                .replace("<cStat>100</cStat><xMotivo>Autorizado o uso da NF-e</xMotivo>",
                        "<cStat>101</cStat><xMotivo>Cancelamento de NF-e homologado</xMotivo>");

        List<ParsedRomaneio> parsed = parse(new NfeRomaneioParser(), NFE,
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(parsed).singleElement().satisfies(p -> {
            assertThat(p.valid()).isFalse();
            assertThat(p.label()).isEqualTo("4521");
            assertThat(p.problems()).extracting(Localized::ptBR).containsExactly(
                    "NF-e não autorizada pela SEFAZ (cStat 101: Cancelamento de NF-e homologado); não lançar");
        });
    }

    @Test
    void titleRowsAboveTheHeaderAreSkippedAndAMissingColumnIsNamed() throws IOException {
        String titled = "Relatório de romaneios - Textura\n\nEmitente;Romaneio;Data;Cliente;Código;Quantidade\n"
                + ISSUER + ";8101;27/11/2026;12345678000190;PISO-60;4\n";
        String noQuantity = "Romaneio;Data;Cliente;Código\n8102;27/11/2026;12345678000190;PISO-60\n";

        List<ParsedRomaneio> ok = parse(new CsvRomaneioParser(), "t.csv", new ByteArrayInputStream(titled.getBytes(StandardCharsets.UTF_8)));
        List<ParsedRomaneio> bad = parse(new CsvRomaneioParser(), "q.csv", new ByteArrayInputStream(noQuantity.getBytes(StandardCharsets.UTF_8)));

        assertThat(ok).singleElement().extracting(ParsedRomaneio::lines, p -> p.romaneio().key().number())
                .containsExactly("4", "8101");
        assertThat(bad).singleElement().satisfies(p -> assertThat(p.problems()).extracting(Localized::ptBR)
                .containsExactly("faltam colunas obrigatórias no cabeçalho: Quantidade"));
    }
}
