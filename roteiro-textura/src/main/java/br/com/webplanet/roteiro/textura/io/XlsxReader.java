package br.com.webplanet.roteiro.textura.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Reads the first sheet of an XLSX workbook one row at a time, with Apache POI's event API:
 * {@link XSSFReader} finds the parts, {@link ReadOnlySharedStringsTable} and {@link StylesTable}
 * read shared strings (decoding {@code _x000D_} escapes) and number formats, {@link DateUtil}
 * tells dates (in the workbook's 1900 or 1904 system), {@link DataFormatter} renders formatted
 * numbers ({@code 00000000000000} keeps a CNPJ's leading zero) and {@link NumberToTextConverter}
 * gives Excel's 15 significant digits. The sheet itself is pulled with StAX, row by row, so a
 * 100,000-row sheet never sits in memory; merged cells are found in a first pass over the sheet and
 * their value repeated down the rows they cover. Every part is read through {@link ReadLimits}.
 * A stream is first copied to a temporary file, because the parts of a ZIP are read out of order.
 */
public final class XlsxReader implements RowReader {
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private final String fileName;
    private final ReadLimits limits;
    private final Path temporary;
    private final OPCPackage pkg;
    private final BoundedInput.Budget budget;
    private final DataFormatter formatter = new DataFormatter(PT_BR);
    private final java.util.Map<Integer, NumberFormat> formats = new java.util.HashMap<>();
    private ReadOnlySharedStringsTable strings;
    private StylesTable styles;
    private boolean date1904;
    private String sheetName;
    private InputStream sheetStream;
    private XMLStreamReader sheet;
    private MergedCells merged;
    private long lastRow;
    private long rows;

    private XlsxReader(Path file, Path temporary, String fileName, ReadLimits limits) throws IOException {
        this.fileName = fileName;
        this.limits = limits;
        this.temporary = temporary;
        this.budget = new BoundedInput.Budget(limits.maxUnzippedMb());
        OPCPackage opened = null;
        try {
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
            this.pkg = opened;
            open(new XSSFReader(pkg));
        } catch (Exception e) {
            if (opened != null) {
                opened.revert();
            }
            deleteTemporary();
            throw translate(e);
        }
    }

    private void open(XSSFReader reader) throws Exception {
        try (InputStream workbook = part(reader.getWorkbookData(), "xl/workbook.xml", null, limits.maxUnzippedMb(),
                "max-unzipped-mb")) {
            date1904 = readDate1904(workbook);
        }
        PackagePart stylesPart = first("application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        if (stylesPart != null) {
            try (InputStream in = part(stylesPart.getInputStream(), stylesPart.getPartName().getName(), stylesPart,
                    limits.maxUnzippedMb(), "max-unzipped-mb")) {
                styles = new StylesTable(in);
            }
        }
        PackagePart stringsPart = first("application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        if (stringsPart != null) {
            try (InputStream in = part(stringsPart.getInputStream(), stringsPart.getPartName().getName(), stringsPart,
                    limits.maxSharedStringsMb(), "max-shared-strings-mb")) {
                strings = new ReadOnlySharedStringsTable(in, false);
            }
        }
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        if (!sheets.hasNext()) {
            throw new CsvFormatException(1, "workbook has no worksheet");
        }
        sheets.next().close();
        sheetName = sheets.getSheetName();
        PackagePart sheetPart = sheets.getSheetPart();
        String partName = sheetPart.getPartName().getName();
        try (InputStream first = part(sheetPart.getInputStream(), partName, sheetPart, limits.maxUnzippedMb(),
                "max-unzipped-mb")) {
            merged = MergedCells.read(Xml.reader(first), limits, sheetName);
        }
        sheetStream = part(sheetPart.getInputStream(), partName, sheetPart, limits.maxUnzippedMb(), "max-unzipped-mb");
        sheet = Xml.reader(sheetStream);
    }

    private PackagePart first(String contentType) {
        List<PackagePart> parts = pkg.getPartsByContentType(contentType);
        return parts.isEmpty() ? null : parts.get(0);
    }

    private InputStream part(InputStream in, String name, PackagePart part, long maxMb, String limit) {
        long compressed = part instanceof ZipPackagePart zip && zip.getZipArchive() != null
                ? zip.getZipArchive().getCompressedSize() : -1;
        return BoundedInput.part(in, maxMb, limit, fileName + " " + name, compressed, limits, budget);
    }

    private static boolean readDate1904(InputStream workbook) throws XMLStreamException {
        XMLStreamReader xml = Xml.reader(workbook);
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
                String value = xml.getAttributeValue(null, "date1904");
                return "1".equals(value) || "true".equalsIgnoreCase(value);
            }
            if (event == XMLStreamReader.START_ELEMENT && "sheets".equals(xml.getLocalName())) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code firstBytes} start a ZIP archive ({@code PK\3\4}), as every XLSX workbook does. */
    public static boolean isZip(byte[] firstBytes) {
        return firstBytes.length >= 4 && firstBytes[0] == 'P' && firstBytes[1] == 'K'
                && firstBytes[2] == 3 && firstBytes[3] == 4;
    }

    public static XlsxReader open(Path file) throws IOException {
        return open(file, ReadLimits.DEFAULTS);
    }

    public static XlsxReader open(Path file, ReadLimits limits) throws IOException {
        if (Files.size(file) > ReadLimits.mb(limits.maxFileMb())) {
            throw new DocumentLimitException("max-file-mb", limits.maxFileMb(), 0, file.getFileName().toString());
        }
        return new XlsxReader(file, null, file.getFileName().toString(), limits);
    }

    public static XlsxReader open(InputStream in) throws IOException {
        return open(in, "workbook.xlsx", ReadLimits.DEFAULTS);
    }

    public static XlsxReader open(InputStream in, String fileName, ReadLimits limits) throws IOException {
        Path temporary = Files.createTempFile("roteiro-textura-", ".xlsx");
        try (InputStream bounded = BoundedInput.file(in, limits, fileName)) {
            Files.copy(bounded, temporary, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return new XlsxReader(temporary, temporary, fileName, limits);
    }

    /** A problem of ours (a limit, a broken cell) as it is; anything POI or the XML parser threw as "not readable". */
    private CsvFormatException translate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CsvFormatException c) {
                return c;
            }
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return new DocumentLimitException("max-expansion-ratio", limits.maxExpansionRatio(), 0, fileName);
            }
        }
        return new CsvFormatException(1, "not a readable XLSX workbook: " + e);
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
        } catch (XMLStreamException | RuntimeException e) {
            throw translate(e);
        }
    }

    private Row readRow() throws XMLStreamException, IOException {
        String number = sheet.getAttributeValue(null, "r");
        long line;
        if (number == null) {
            line = lastRow + 1;
        } else if (number.length() <= 10 && MergedCells.digits(number, 0)) {
            line = Long.parseLong(number);
        } else {
            throw new CsvFormatException(lastRow + 1, "sheet " + sheetName + ": row after row " + lastRow
                    + " has an invalid number r=\"" + shorten(number) + "\"");
        }
        if (line > limits.maxRows() || ++rows > limits.maxRows()) {
            throw new DocumentLimitException("max-rows", limits.maxRows(), line, sheetName + "!" + line);
        }
        lastRow = line;
        List<Cell> cells = new ArrayList<>();
        long chars = 0;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamReader.END_ELEMENT && "row".equals(sheet.getLocalName())) {
                break;
            }
            if (event == XMLStreamReader.START_ELEMENT && "c".equals(sheet.getLocalName())) {
                String reference = sheet.getAttributeValue(null, "r");
                int column = column(reference, cells.size(), line);
                Cell cell = readCell(sheet.getAttributeValue(null, "t"), sheet.getAttributeValue(null, "s"), line, column);
                chars += cell.text().length();
                if (chars > limits.maxRowChars()) {
                    throw new DocumentLimitException("max-row-chars", limits.maxRowChars(), line, sheetName + "!" + line);
                }
                while (cells.size() <= column) {
                    cells.add(Cell.EMPTY);
                }
                cells.set(column, cell);
            }
        }
        merged.fill(line, cells);
        return new Row(line, cells, sheetName);
    }

    /** Zero-based column of a reference like {@code AB12}; the next column when there is none. */
    private int column(String reference, int next, long line) throws CsvFormatException {
        if (reference == null) {
            if (next >= limits.maxColumns()) {
                throw new DocumentLimitException("max-columns", limits.maxColumns(), line, sheetName + "!" + line);
            }
            return next;
        }
        int column = MergedCells.columnIndex(reference, limits);
        if (column == -1) {
            throw new CsvFormatException(line, "sheet " + sheetName + ", row " + line + ": invalid cell reference r=\""
                    + shorten(reference) + "\"");
        }
        if (column == -2) {
            throw new DocumentLimitException("max-columns", limits.maxColumns(), line,
                    sheetName + "!" + shorten(reference));
        }
        return column;
    }

    private Cell readCell(String type, String style, long line, int column) throws XMLStreamException, IOException {
        String value = null;
        StringBuilder inline = null;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamReader.END_ELEMENT && "c".equals(sheet.getLocalName())) {
                break;
            }
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (sheet.getLocalName()) {
                    case "v" -> value = text(line, column);
                    case "f" -> text(line, column);
                    case "is" -> inline = new StringBuilder(inlineText(line, column));
                    default -> { }
                }
            }
        }
        if ("inlineStr".equals(type)) {
            return textCell(inline == null ? value : new XSSFRichTextString(inline.toString()).getString(), line, column);
        }
        if (value == null) {
            return Cell.EMPTY;
        }
        switch (type == null ? "n" : type) {
            case "s" -> {
                try {
                    return textCell(strings.getItemAt(Integer.parseInt(value.strip())).getString(), line, column);
                } catch (RuntimeException e) {
                    throw new CsvFormatException(line, "cell " + where(line, column) + " refers to a shared string that does not exist: "
                            + shorten(value));
                }
            }
            case "b" -> {
                return Cell.text("1".equals(value.strip()) ? "VERDADEIRO" : "FALSO");
            }
            case "str", "e" -> {
                return textCell(value, line, column);
            }
            case "d" -> {
                try {
                    LocalDateTime date = LocalDateTime.parse(value.strip().length() == 10 ? value.strip() + "T00:00" : value.strip());
                    return new Cell(dateText(date), Cell.Kind.DATE, null, date, "ISO 8601");
                } catch (RuntimeException e) {
                    return textCell(value, line, column);
                }
            }
            default -> {
                return numberCell(value.strip(), style, where(line, column), line);
            }
        }
    }

    private Cell textCell(String text, long line, int column) throws DocumentLimitException {
        String cleaned = Values.clean(text);
        if (cleaned.length() > limits.maxCellChars()) {
            throw new DocumentLimitException("max-cell-chars", limits.maxCellChars(), line, where(line, column));
        }
        return Cell.text(cleaned);
    }

    private Cell numberCell(String raw, String style, String address, long line) throws CsvFormatException {
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new CsvFormatException(line, "cell " + address + " holds \"" + shorten(raw) + "\", which is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new CsvFormatException(line, "cell " + address + " holds \"" + shorten(raw) + "\", which is not a number");
        }
        BigDecimal number = new BigDecimal(NumberToTextConverter.toText(value));
        NumberFormat numberFormat = format(style);
        int formatIndex = numberFormat.index();
        String format = numberFormat.format();
        if (numberFormat.date() && DateUtil.isValidExcelDate(value)) {
            LocalDateTime date = DateUtil.getLocalDateTime(value, date1904, true);
            String text = formatIndex == 14 || formatIndex == 22 ? dateText(date)
                    : formatter.formatRawCellContents(value, formatIndex, format, date1904);
            return new Cell(Values.clean(text), Cell.Kind.DATE, number, date, format);
        }
        String text = formatIndex == 0 || "General".equalsIgnoreCase(format) ? number.toPlainString()
                : formatter.formatRawCellContents(value, formatIndex, format, date1904);
        return new Cell(Values.clean(text), Cell.Kind.NUMBER, number, null, format);
    }

    /** A style's number format, looked up once per style (a POI cell style is an XMLBeans cursor). */
    private NumberFormat format(String style) {
        if (styles == null || style == null || style.length() > 9 || !MergedCells.digits(style, 0)) {
            return NumberFormat.GENERAL;
        }
        return formats.computeIfAbsent(Integer.parseInt(style), index -> {
            XSSFCellStyle cellStyle = index < styles.getNumCellStyles() ? styles.getStyleAt(index) : null;
            if (cellStyle == null) {
                return NumberFormat.GENERAL;
            }
            short formatIndex = cellStyle.getDataFormat();
            String format = cellStyle.getDataFormatString() == null ? BuiltinFormats.getBuiltinFormat(formatIndex)
                    : cellStyle.getDataFormatString();
            String known = format == null ? "General" : format;
            return new NumberFormat(formatIndex, known, DateUtil.isADateFormat(formatIndex, known));
        });
    }

    private record NumberFormat(int index, String format, boolean date) {
        static final NumberFormat GENERAL = new NumberFormat(0, "General", false);
    }

    private String where(long line, int column) {
        return sheetName + "!" + Row.columnName(column) + line;
    }

    /** Excel's short date on a pt-BR system ({@code 27/11/2026}, with {@code 14:30} when there is a time). */
    private static String dateText(LocalDateTime date) {
        String day = String.format(Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        return date.toLocalTime().toSecondOfDay() == 0 ? day
                : day + String.format(Locale.ROOT, " %02d:%02d", date.getHour(), date.getMinute());
    }

    /** The text of the current element, at most {@code maxCellChars}; leaves the reader on its end tag. */
    private String text(long line, int column) throws XMLStreamException, DocumentLimitException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = sheet.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
                text.append(sheet.getText());
                tooLong(text, line, column);
            }
        }
        return text.toString();
    }

    /** The {@code t} texts of an inline string, without phonetic runs ({@code rPh}). */
    private String inlineText(long line, int column) throws XMLStreamException, DocumentLimitException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int phonetic = 0;
        boolean inT = false;
        while (depth > 0) {
            int event = sheet.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
                phonetic += "rPh".equals(sheet.getLocalName()) ? 1 : 0;
                inT = "t".equals(sheet.getLocalName());
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
                phonetic -= "rPh".equals(sheet.getLocalName()) ? 1 : 0;
                inT = false;
            } else if ((event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) && inT && phonetic == 0) {
                text.append(sheet.getText());
                tooLong(text, line, column);
            }
        }
        return text.toString();
    }

    private void tooLong(StringBuilder text, long line, int column) throws DocumentLimitException {
        if (text.length() > limits.maxCellChars() * 2L + 64) {  // escapes (_x000D_) shrink when decoded
            throw new DocumentLimitException("max-cell-chars", limits.maxCellChars(), line,
                    sheetName + "!" + Row.columnName(column) + line);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    @Override
    public void close() throws IOException {
        try {
            if (sheet != null) {
                sheet.close();
            }
            if (sheetStream != null) {
                sheetStream.close();
            }
        } catch (XMLStreamException ignored) {
            // closing a reader only frees it
        } finally {
            pkg.revert();
            deleteTemporary();
        }
    }

    private void deleteTemporary() throws IOException {
        if (temporary != null) {
            Files.deleteIfExists(temporary);
        }
    }
}
