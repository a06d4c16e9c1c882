package br.com.webplanet.roteiro.textura.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.textura.XlsxBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XlsxReaderTest {
    @Test
    void firstSheetIsReadWithStringsNumbersDatesAndGaps() throws IOException {
        byte[] xlsx = new XlsxBuilder()
                .row("Nome", "CAU", "Data")
                .row("Ana Lúcia Gonçalves", "A123456-7", LocalDate.of(2026, 11, 27))
                .row(null, "Rich & <b>", 48.5)
                .build();

        List<Row> rows = read(xlsx);

        assertThat(rows).extracting(Row::line).containsExactly(1L, 2L, 3L);
        assertThat(rows).extracting(Row::cells).containsExactly(
                List.of("Nome", "CAU", "Data"),
                List.of("Ana Lúcia Gonçalves", "A123456-7", "27/11/2026"),
                List.of("", "Rich & <b>", "48.5"));
        assertThat(rows.get(1).value(2).kind()).isEqualTo(Cell.Kind.DATE);
        assertThat(rows.get(1).value(2).dateTime().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(rows.get(2).address(1)).isEqualTo("Planilha1!B3");
    }

    @Test
    void aFileThatIsNotAWorkbookIsAClearError() {
        assertThatThrownBy(() -> XlsxReader.open(new ByteArrayInputStream("nome;cau".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class);
    }

    static List<Row> read(byte[] xlsx) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (XlsxReader reader = XlsxReader.open(new ByteArrayInputStream(xlsx))) {
            for (Row r = reader.next(); r != null; r = reader.next()) {
                rows.add(r);
            }
        }
        return rows;
    }
}
