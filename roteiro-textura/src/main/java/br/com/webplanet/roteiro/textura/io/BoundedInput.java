package br.com.webplanet.roteiro.textura.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and stops with a {@link DocumentLimitException} past a limit:
 * a document's size, or the decompressed size of a workbook part (alone and against its compressed
 * size). One per read, so each document gets the limits of its own configuration.
 */
public final class BoundedInput extends FilterInputStream {
    private static final long GRACE = 1L << 20;
    private final long max;
    private final String limit;
    private final long limitValue;
    private final String where;
    private final long compressed;
    private final int maxRatio;
    private final Budget budget;
    private long count;

    /** A shared allowance of decompressed bytes for the parts of one workbook. */
    static final class Budget {
        private final long max;
        private final long configured;
        private long used;

        Budget(long configuredMb) {
            this.configured = configuredMb;
            this.max = ReadLimits.mb(configuredMb);
        }

        void add(long n, String where) throws DocumentLimitException {
            used += n;
            if (used > max) {
                throw new DocumentLimitException("max-unzipped-mb", configured, 0, where);
            }
        }
    }

    private BoundedInput(InputStream in, long max, String limit, long limitValue, String where, long compressed,
                         int maxRatio, Budget budget) {
        super(in);
        this.max = max;
        this.limit = limit;
        this.limitValue = limitValue;
        this.where = where;
        this.compressed = compressed;
        this.maxRatio = maxRatio;
        this.budget = budget;
    }

    /** A document as received: at most {@code limits.maxFileMb()}. */
    public static BoundedInput file(InputStream in, ReadLimits limits, String fileName) {
        return new BoundedInput(in, ReadLimits.mb(limits.maxFileMb()), "max-file-mb", limits.maxFileMb(), fileName,
                -1, 0, null);
    }

    /** A workbook part: its own maximum, the expansion ratio over {@code compressed} bytes, the shared budget. */
    static BoundedInput part(InputStream in, long maxMb, String limit, String partName, long compressed,
                             ReadLimits limits, Budget budget) {
        return new BoundedInput(in, ReadLimits.mb(maxMb), limit, maxMb, partName, compressed,
                limits.maxExpansionRatio(), budget);
    }

    private void counted(long n) throws IOException {
        if (n <= 0) {
            return;
        }
        count += n;
        if (count > max) {
            throw new DocumentLimitException(limit, limitValue, 0, where);
        }
        if (compressed > 0 && count > GRACE && count / compressed > maxRatio) {
            throw new DocumentLimitException("max-expansion-ratio", maxRatio, 0, where);
        }
        if (budget != null) {
            budget.add(n, where);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        counted(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        counted(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
