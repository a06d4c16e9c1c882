package br.com.webplanet.roteiro.textura.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Decodes text exported by spreadsheets: UTF-8 with or without a BOM, or windows-1252. It decodes
 * strict UTF-8 and, at the first byte sequence that is not UTF-8, goes on in windows-1252 for the
 * rest of the input — one pass, a fixed-size buffer, never the whole file in memory.
 */
public final class DetectingReader extends Reader {
    /** Excel's "ANSI" on Brazilian Windows. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
    private CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private Charset charset = StandardCharsets.UTF_8;
    private boolean eof;
    private boolean flushed;

    public DetectingReader(InputStream input) throws IOException {
        this.in = new BufferedInputStream(Objects.requireNonNull(input, "input is null"));
        in.mark(BOM.length);
        if (!Arrays.equals(in.readNBytes(BOM.length), BOM)) {
            in.reset();
        }
        bytes.flip();
        chars.flip();
    }

    /** The encoding in use so far: UTF-8, or windows-1252 once a non-UTF-8 byte was met. */
    public Charset charset() {
        return charset;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private boolean fill() throws IOException {
        if (flushed) {
            return false;
        }
        chars.clear();
        while (chars.position() == 0) {
            if (!eof) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (result.isError()) {
                charset = WINDOWS_1252;
                decoder = WINDOWS_1252.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            } else if (eof && result.isUnderflow()) {
                decoder.flush(chars);
                flushed = true;
                break;
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
