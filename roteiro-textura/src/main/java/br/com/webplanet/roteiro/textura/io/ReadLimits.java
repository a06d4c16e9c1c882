package br.com.webplanet.roteiro.textura.io;

import br.com.webplanet.roteiro.config.Default;

/**
 * How much of a document roteiro reads before it gives up on it (prefix
 * {@code textura.romaneios.limits} or {@code textura.architects.limits}). A document beyond any of
 * them becomes a task naming the file and the limit; the other documents of the run go on. The
 * defaults let every real export through (Excel's own maxima: 16,384 columns, 32,767 characters a
 * cell) and keep one hostile file far below a 256 MB heap.
 *
 * @param maxFileMb          largest document as received, in MB (CSV bytes read, XLSX copied to a temporary file)
 * @param maxUnzippedMb      XLSX: most bytes decompressed from all the parts read (sheet, shared strings,
 *                           styles, workbook), in MB
 * @param maxExpansionRatio  XLSX: most bytes one part may decompress to per compressed byte, once it passed
 *                           1 MB (a deflate bomb expands ~1000×, real sheets 5–30×); Apache POI's own guard
 *                           (1 %, i.e. 100×) stays in force below it
 * @param maxSharedStringsMb XLSX: largest shared-strings part, decompressed, in MB (it is held in memory)
 * @param maxRows            most rows (CSV records, sheet rows) in one document
 * @param maxColumns         most cells in one row: a CSV field count or an XLSX column index ({@code XFD} = 16,384)
 * @param maxCellChars       most characters in one cell or field
 * @param maxRowChars        most characters in one row, all cells together
 */
public record ReadLimits(
        @Default("256") long maxFileMb,
        @Default("512") long maxUnzippedMb,
        @Default("100") int maxExpansionRatio,
        @Default("32") long maxSharedStringsMb,
        @Default("2000000") long maxRows,
        @Default("16384") int maxColumns,
        @Default("32767") int maxCellChars,
        @Default("1048576") int maxRowChars) {
    /** The defaults. */
    public static final ReadLimits DEFAULTS = new ReadLimits(256, 512, 100, 32, 2_000_000, 16_384, 32_767, 1_048_576);

    public ReadLimits {
        positive("maxFileMb", maxFileMb);
        positive("maxUnzippedMb", maxUnzippedMb);
        positive("maxExpansionRatio", maxExpansionRatio);
        positive("maxSharedStringsMb", maxSharedStringsMb);
        positive("maxRows", maxRows);
        positive("maxColumns", maxColumns);
        positive("maxCellChars", maxCellChars);
        positive("maxRowChars", maxRowChars);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, was " + value);
        }
    }

    static long mb(long megabytes) {
        return megabytes > Long.MAX_VALUE >> 20 ? Long.MAX_VALUE : megabytes << 20;
    }
}
