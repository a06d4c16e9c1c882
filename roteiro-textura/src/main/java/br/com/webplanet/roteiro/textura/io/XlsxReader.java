package br.com.webplanet.roteiro.textura.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first sheet of an XLSX workbook with the JDK alone ({@code java.util.zip} + StAX),
 * one row at a time. Shared strings, inline strings and numbers are returned as text; dates come
 * as Excel serial numbers ({@link Values#date} understands them). A stream is first copied to a
 * temporary file, because the parts of a ZIP are read out of order.
 */
public final class XlsxReader implements RowReader {
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final ZipFile zip;
    private final Path temporary;
    private final List<String> sharedStrings;
    private final InputStream sheetStream;
    private final XMLStreamReader sheet;

    private XlsxReader(Path file, Path temporary) throws IOException {
        this.temporary = temporary;
        this.zip = new ZipFile(file.toFile());
        try {
            this.sharedStrings = readSharedStrings();
            ZipEntry entry = zip.getEntry(firstSheetPath());
            if (entry == null) {
                throw new CsvFormatException(1, "workbook has no worksheet");
            }
            this.sheetStream = zip.getInputStream(entry);
            this.sheet = Xml.reader(sheetStream);
        } catch (XMLStreamException | RuntimeException e) {
            close();
            throw new CsvFormatException(1, "not a readable XLSX workbook: " + e.getMessage());
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** Whether {@code firstBytes} start a ZIP archive ({@code PK\3\4}), as every XLSX workbook does. */
    public static boolean isZip(byte[] firstBytes) {
        return firstBytes.length >= 4 && firstBytes[0] == 'P' && firstBytes[1] == 'K'
                && firstBytes[2] == 3 && firstBytes[3] == 4;
    }

    public static XlsxReader open(Path file) throws IOException {
        return new XlsxReader(file, null);
    }

    public static XlsxReader open(InputStream in) throws IOException {
        Path temporary = Files.createTempFile("roteiro-textura-", ".xlsx");
        try (in) {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            return new XlsxReader(temporary, temporary);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    private XMLStreamReader part(String name) throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(name);
        return entry == null ? null : Xml.reader(zip.getInputStream(entry));
    }

    private List<String> readSharedStrings() throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader xml = part("xl/sharedStrings.xml");
        if (xml == null) {
            return strings;
        }
        StringBuilder current = null;
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "si" -> current = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> {
                        String text = Xml.text(xml);
                        if (current != null && phonetic == 0) {
                            current.append(text);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                if ("si".equals(xml.getLocalName()) && current != null) {
                    strings.add(current.toString());
                    current = null;
                } else if ("rPh".equals(xml.getLocalName())) {
                    phonetic--;
                }
            }
        }
        xml.close();
        return strings;
    }

    private String firstSheetPath() throws IOException, XMLStreamException {
        String relationId = null;
        XMLStreamReader workbook = part("xl/workbook.xml");
        while (workbook != null && workbook.hasNext() && relationId == null) {
            if (workbook.next() == XMLStreamReader.START_ELEMENT && "sheet".equals(workbook.getLocalName())) {
                relationId = workbook.getAttributeValue(REL_NS, "id");
            }
        }
        Map<String, String> targets = new HashMap<>();
        XMLStreamReader rels = part("xl/_rels/workbook.xml.rels");
        while (rels != null && rels.hasNext()) {
            if (rels.next() == XMLStreamReader.START_ELEMENT && "Relationship".equals(rels.getLocalName())) {
                targets.put(rels.getAttributeValue(null, "Id"), rels.getAttributeValue(null, "Target"));
            }
        }
        String target = relationId == null ? null : targets.get(relationId);
        if (target == null) {
            return "xl/worksheets/sheet1.xml";
        }
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    @Override
    public Row next() throws IOException {
        try {
            while (sheet.hasNext()) {
                if (sheet.next() == XMLStreamReader.START_ELEMENT && "row".equals(sheet.getLocalName())) {
                    Row row = readRow();
                    if (!row.blank()) {
                        return row;
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new CsvFormatException(e.getLocation() == null ? 0 : e.getLocation().getLineNumber(),
                    "broken worksheet XML: " + e.getMessage());
        }
    }

    private Row readRow() throws XMLStreamException, CsvFormatException {
        String number = sheet.getAttributeValue(null, "r");
        List<String> cells = new ArrayList<>();
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamReader.END_ELEMENT && "row".equals(sheet.getLocalName())) {
                break;
            }
            if (event == XMLStreamReader.START_ELEMENT && "c".equals(sheet.getLocalName())) {
                int column = column(sheet.getAttributeValue(null, "r"), cells.size());
                String value = readCell(sheet.getAttributeValue(null, "t"));
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value);
            }
        }
        long line = number == null ? 0 : Long.parseLong(number);
        return new Row(line, cells);
    }

    private String readCell(String type) throws XMLStreamException, CsvFormatException {
        String value = "";
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamReader.END_ELEMENT && "c".equals(sheet.getLocalName())) {
                break;
            }
            if (event == XMLStreamReader.START_ELEMENT) {
                String name = sheet.getLocalName();
                if ("v".equals(name) || "is".equals(name)) {
                    value = Xml.text(sheet);
                }
            }
        }
        if ("s".equals(type)) {
            try {
                return sharedStrings.get(Integer.parseInt(value.strip()));
            } catch (RuntimeException e) {
                throw new CsvFormatException(0, "cell refers to a shared string that does not exist: " + value);
            }
        }
        if ("b".equals(type)) {
            return "1".equals(value) ? "TRUE" : "FALSE";
        }
        return value;
    }

    /** Zero-based column of a reference like {@code AB12}; {@code fallback} when there is none. */
    static int column(String reference, int fallback) {
        if (reference == null) {
            return fallback;
        }
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column == 0 ? fallback : column - 1;
    }

    @Override
    public void close() throws IOException {
        try {
            if (sheet != null) {
                sheet.close();
            }
        } catch (XMLStreamException ignored) {
            // closing a reader only frees it
        } finally {
            zip.close();
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
