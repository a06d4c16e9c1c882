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
    void firstSheetIsReadWithSharedAndInlineStringsNumbersAndGaps() throws IOException {
        byte[] xlsx = new XlsxBuilder()
                .row("Nome", "CAU", "Data")
                .row("Ana Lúcia Gonçalves", "A123456-7", 46353)
                .row(null, "Rich & <b>", 48.5)
                .build();

        List<Row> rows = new ArrayList<>();
        try (XlsxReader reader = XlsxReader.open(new ByteArrayInputStream(xlsx))) {
            for (Row r = reader.next(); r != null; r = reader.next()) {
                rows.add(r);
            }
        }

        assertThat(rows).containsExactly(
                new Row(1, List.of("Nome", "CAU", "Data")),
                new Row(2, List.of("Ana Lúcia Gonçalves", "A123456-7", "46353")),
                new Row(3, List.of("", "Rich & <b>", "48.5")));
        assertThat(Values.date(rows.get(1).cell(2))).contains(LocalDate.of(2026, 11, 27));
    }

    @Test
    void aFileThatIsNotAWorkbookIsAClearError() {
        assertThatThrownBy(() -> XlsxReader.open(new ByteArrayInputStream("nome;cau".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class);
    }
}
