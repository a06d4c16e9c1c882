package br.com.webplanet.roteiro.spi;

import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioKey;
import java.io.InputStream;
import java.util.Optional;
import java.util.stream.Stream;

/** Where client Textura's romaneios are keyed (G3stor). Implementations pass {@code RomaneioBookContract}. */
public interface RomaneioBook {
    /** Documents G3stor lists as pending keying; close the stream. */
    Stream<PendingRomaneio> pending();

    /** The content of a pending document; the caller closes it. */
    InputStream open(PendingRomaneio pending);

    /** Marks a pending document as keyed (it leaves the pending list). */
    void markKeyed(PendingRomaneio pending, RomaneioKey key);

    /** The keyed romaneio with this key, if any. */
    Optional<KeyedRomaneio> find(RomaneioKey key);

    /** Keys a romaneio with its items; the same idempotency key twice keys it once. */
    KeyedRomaneio key(Romaneio romaneio, String idempotencyKey);

    /** Whether G3stor knows this customer (id or CNPJ/CPF). */
    boolean customerKnown(String customer);
}
