package br.com.webplanet.roteiro.textura.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    private static List<Row> rows(CsvReader reader) throws IOException {
        List<Row> out = new ArrayList<>();
        try (reader) {
            for (Row r = reader.next(); r != null; r = reader.next()) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<Row> rows(String text) throws IOException {
        return rows(new CsvReader(new StringReader(text)));
    }

    @Test
    void excelQuotedFieldsKeepDelimitersDoubledQuotesAndLineBreaksAndLinesAreCounted() throws IOException {
        List<Row> rows = rows("a;b;c\r\n\"x; y\";\"diz \"\"oi\"\"\";\"duas\r\nlinhas\"\r\n\r\nfim;2;3\r\n");

        assertThat(rows).containsExactly(
                new Row(1, List.of("a", "b", "c")),
                new Row(2, List.of("x; y", "diz \"oi\"", "duas\r\nlinhas")),
                new Row(5, List.of("fim", "2", "3")));
    }

    @Test
    void delimiterIsDetectedFromTheHeaderLine() throws IOException {
        assertThat(new CsvReader(new StringReader("a,b;c,d\n")).delimiter()).isEqualTo(',');
        assertThat(new CsvReader(new StringReader("\"a;b\"\tc\td\n")).delimiter()).isEqualTo('\t');
        assertThat(new CsvReader(new StringReader("nome;cau\n")).delimiter()).isEqualTo(';');
        assertThat(new CsvReader(new StringReader("Relatório de arquitetos\n\nnome,cau,email\nAna,A1,a@b.c\n")).delimiter())
                .isEqualTo(',');
    }

    @Test
    void excelSepLineSetsTheDelimiterAndIsNotData() throws IOException {
        assertThat(rows("sep=,\nnome;x,cau\nAna;1,A123\n")).containsExactly(
                new Row(2, List.of("nome;x", "cau")), new Row(3, List.of("Ana;1", "A123")));
    }

    @Test
    void lastRecordWithoutNewlineAndLoneCarriageReturnsAreRead() throws IOException {
        assertThat(rows("a;b\rc;d")).containsExactly(new Row(1, List.of("a", "b")), new Row(2, List.of("c", "d")));
    }

    @Test
    void unclosedQuoteIsAnErrorNamingTheLineItStarted() {
        assertThatThrownBy(() -> rows("a;b\n1;\"aberto\n\n"))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("line 2");
    }

    @Test
    void anUnclosedQuoteDoesNotSwallowTheRestOfALargeFile() {
        String text = "a;b\n1;\"aberto\n" + "2;linha\n".repeat(200_000);

        assertThatThrownBy(() -> rows(text)).isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 2").hasMessageContaining("closing quote");
    }

    @Test
    void utf8WithBomAndWindows1252AreBothDecoded() throws IOException {
        byte[] bom = "\uFEFFnome;escritório\nJoão;Estúdio\n".getBytes(StandardCharsets.UTF_8);
        byte[] ansi = "nome;escritório\nJoão;Estúdio\n".getBytes(Charset.forName("windows-1252"));

        for (byte[] bytes : List.of(bom, ansi)) {
            DetectingReader reader = new DetectingReader(new ByteArrayInputStream(bytes));
            assertThat(rows(new CsvReader(reader))).containsExactly(
                    new Row(1, List.of("nome", "escritório")), new Row(2, List.of("João", "Estúdio")));
        }
        DetectingReader ansiReader = new DetectingReader(new ByteArrayInputStream(ansi));
        rows(new CsvReader(ansiReader));
        assertThat(ansiReader.charset()).isEqualTo(DetectingReader.WINDOWS_1252);
    }

    @Test
    void windows1252AfterALongAsciiPrefixIsStillDecodedAsWindows1252() throws IOException {
        String text = "x".repeat(40_000) + "\nçã\n";
        DetectingReader reader = new DetectingReader(new ByteArrayInputStream(text.getBytes(Charset.forName("windows-1252"))));
        char[] buffer = new char[100_000];
        int n;
        StringBuilder out = new StringBuilder();
        while ((n = reader.read(buffer)) > 0) {
            out.append(buffer, 0, n);
        }
        assertThat(out.toString()).isEqualTo(text);
    }
}
