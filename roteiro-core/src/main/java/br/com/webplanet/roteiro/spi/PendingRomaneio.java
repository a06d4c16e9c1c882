package br.com.webplanet.roteiro.spi;

import java.util.Objects;

/** A romaneio document G3stor holds as waiting to be keyed: its id there, file name and MIME type. */
public record PendingRomaneio(String id, String fileName, String contentType) {
    public PendingRomaneio {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(fileName, "fileName is null");
        contentType = contentType == null ? "application/octet-stream" : contentType;
    }
}
