package br.com.webplanet.roteiro.textura;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds a small XLSX workbook with {@code java.util.zip}, the way Excel lays it out: strings in
 * {@code sharedStrings.xml} (every other one inline, as LibreOffice does), numbers as {@code n}
 * cells. The shared strings are written after the sheet, so a reader must not expect them first.
 */
public final class XlsxBuilder {
    private final List<List<Object>> rows = new ArrayList<>();

    public XlsxBuilder row(Object... cells) {
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    public byte[] build() {
        Map<String, Integer> shared = new LinkedHashMap<>();
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        int inline = 0;
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object v = cells.get(c);
                if (v == null) {
                    continue; // a gap, as Excel leaves empty cells out
                }
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                if (v instanceof Number n) {
                    sheet.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
                } else if (inline++ % 2 == 0) {
                    int index = shared.computeIfAbsent(v.toString(), k -> shared.size());
                    sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(index).append("</v></c>");
                } else {
                    sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(v.toString()))
                            .append("</t></is></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        shared.keySet().forEach(s -> sst.append("<si><r><t>").append(escape(s.substring(0, s.length() / 2)))
                .append("</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">").append(escape(s.substring(s.length() / 2)))
                .append("</t></r><rPh><t>ignored</t></rPh></si>"));
        sst.append("</sst>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Planilha1\" sheetId=\"1\" r:id=\"rId7\"/><sheet name=\"Outra\" sheetId=\"2\" r:id=\"rId8\"/>"
                    + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId8\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId7\" Type=\"worksheet\" Target=\"worksheets/dados.xml\"/></Relationships>");
            put(zip, "xl/worksheets/dados.xml", sheet.toString());
            put(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>");
            put(zip, "xl/sharedStrings.xml", sst.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
