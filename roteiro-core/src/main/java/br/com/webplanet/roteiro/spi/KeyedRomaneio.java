package br.com.webplanet.roteiro.spi;

import br.com.webplanet.roteiro.model.RomaneioKey;
import java.time.Instant;
import java.util.Objects;

/** A romaneio keyed into G3stor: its id there, its key and when it was keyed. */
public record KeyedRomaneio(String id, RomaneioKey key, Instant keyedAt) {
    public KeyedRomaneio {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(keyedAt, "keyedAt is null");
    }
}
