package br.com.webplanet.roteiro.textura.romaneios;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Measures that the XLSX romaneio parser streams. {@code write <file> <rows> [merged]} writes a
 * workbook with Apache POI's streaming writer (shared strings, a date format, 10 items per
 * romaneio, the romaneio columns merged down over each romaneio's item rows with {@code merged});
 * {@code read <file>} parses it — run that with a small heap. Not a test; see BENCHMARKS.md.
 */
public final class StreamingXlsxMeasure {
    private StreamingXlsxMeasure() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[1]);
        if ("write".equals(args[0])) {
            write(file, Integer.parseInt(args[2]), args.length > 3 && "merged".equals(args[3]));
            return;
        }
        {
            long start = System.nanoTime();
            long valid;
            try (InputStream in = Files.newInputStream(file);
                 Stream<ParsedRomaneio> parsed = new XlsxRomaneioParser().parse(in,
                         new ParseContext(file.getFileName().toString(), null, Optional.empty()))) {
                valid = parsed.filter(ParsedRomaneio::valid).count();
            }
            System.out.printf("file=%s bytes=%d romaneios=%d ms=%d maxHeapMB=%d%n", file.getFileName(),
                    Files.size(file), valid, (System.nanoTime() - start) / 1_000_000, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static void write(Path file, int rows, boolean merged) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
             OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            SXSSFSheet sheet = workbook.createSheet("Romaneios");
            String[] header = {"Emitente", "Romaneio", "Data", "Cliente", "Peso bruto", "Código", "Descrição",
                    "Quantidade", "Unidade", "Peso"};
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                if (!merged || i % 10 == 0) {
                    row.createCell(0).setCellValue("11222333000181");
                    row.createCell(1).setCellValue(100_000 + i / 10);
                    row.createCell(2).setCellValue(LocalDate.of(2026, 11, 27));
                    row.getCell(2).setCellStyle(date);
                    row.createCell(3).setCellValue("12345678000190");
                    row.createCell(4).setCellValue(1000.0);
                }
                row.createCell(5).setCellValue("SKU-" + (i % 10));
                row.createCell(6).setCellValue("Revestimento cerâmico \"linha\"; 60x60");
                row.createCell(7).setCellValue(12.5);
                row.createCell(8).setCellValue("M2");
                row.createCell(9).setCellValue(100);
                if (merged && i % 10 == 0) {
                    for (int c = 0; c <= 4; c++) {
                        sheet.addMergedRegionUnsafe(new org.apache.poi.ss.util.CellRangeAddress(i + 1, i + 10, c, c));
                    }
                }
            }
            workbook.write(out);
        }
    }
}
