package br.com.webplanet.roteiro.textura;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a small XLSX workbook with Apache POI — the way Java ERPs export — so the reader is tested
 * against a real writer: strings, numbers (General format), dates ({@link LocalDate} with
 * {@code dd/mm/yyyy}, {@link LocalDateTime} with {@code dd/mm/yyyy hh:mm}), gaps (null), and a
 * second sheet the reader must ignore.
 */
public final class XlsxBuilder {
    private final List<List<Object>> rows = new ArrayList<>();
    private boolean date1904;

    public XlsxBuilder row(Object... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    /** Writes the workbook in the 1904 date system (Excel for Mac). */
    public XlsxBuilder date1904() {
        this.date1904 = true;
        return this;
    }

    public byte[] build() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(date1904);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            XSSFSheet sheet = workbook.createSheet("Planilha1");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v == null) {
                        continue;
                    }
                    XSSFCell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof LocalDateTime d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateTime);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            workbook.createSheet("Outra").createRow(0).createCell(0).setCellValue("wrong sheet");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
