package br.com.webplanet.roteiro.textura.io;

import java.io.IOException;

/** A file that cannot be read as a table, or beyond a limit ({@link DocumentLimitException}); says where. */
public class CsvFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;

    public CsvFormatException(long line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
