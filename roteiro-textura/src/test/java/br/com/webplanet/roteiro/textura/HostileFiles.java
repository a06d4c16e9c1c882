package br.com.webplanet.roteiro.textura;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Hostile documents made at test time (never checked in): a workbook written by Apache POI with one
 * part replaced, a shared-strings deflate bomb, a CSV of nothing but semicolons.
 */
public final class HostileFiles {
    private static final String SHEET = "xl/worksheets/sheet1.xml";

    private HostileFiles() {}

    /** A POI workbook whose first sheet is {@code sheetXml} (inside {@code <worksheet><sheetData>}). */
    public static byte[] xlsxWithSheetData(String sheetData) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + sheetData + "</sheetData></worksheet>";
        return replace(new XlsxBuilder().row("Romaneio", "Código", "Quantidade").build(), Deflater.DEFAULT_COMPRESSION,
                Map.of(SHEET, out -> out.write(xml.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * A POI workbook whose shared-strings part is one string of {@code megabytes} MB of {@code a},
     * deflated at the fastest level (to make it in a second or two): 260 MB compress to about 1.2 MB.
     */
    public static byte[] sharedStringsBomb(int megabytes) {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        return replace(new XlsxBuilder().row("Romaneio", "Código", "Quantidade").row("x", "y", 1).build(), Deflater.BEST_SPEED,
                Map.of("xl/sharedStrings.xml", out -> {
                    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>").getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < megabytes; i++) {
                        out.write(chunk);
                    }
                    out.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
                }));
    }

    /** Writes {@code megabytes} MB of {@code ;} and nothing else to {@code file}. */
    public static Path semicolons(Path file, int megabytes) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) ';');
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < megabytes; i++) {
                out.write(chunk);
            }
        }
        return file;
    }

    /** Writes a part's content. */
    @FunctionalInterface
    public interface Part {
        void write(OutputStream out) throws IOException;
    }

    /** {@code xlsx} with the named parts' content replaced. */
    public static byte[] replace(byte[] xlsx, int level, Map<String, Part> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(level);
            boolean[] seen = new boolean[1];
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                Part part = parts.get(entry.getName());
                if (part == null) {
                    in.transferTo(out);
                } else {
                    part.write(out);
                    seen[0] = true;
                }
                out.closeEntry();
            }
            if (!seen[0]) {
                throw new IllegalArgumentException("no part " + parts.keySet() + " in the workbook");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
