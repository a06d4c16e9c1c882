package br.com.webplanet.roteiro.spi;

import br.com.webplanet.roteiro.model.Architect;
import java.util.Optional;
import java.util.stream.Stream;

/** Client Textura's architects registry (behind G3stor's API). Implementations pass {@code ArchitectRegistryContract}. */
public interface ArchitectRegistry {
    Optional<Architect> find(String cau);

    /** Every registered architect, streamed; close the stream. */
    Stream<Architect> all();

    /** Registers a new architect; the same idempotency key twice registers one. */
    Architect create(Architect architect, String idempotencyKey);

    /** Replaces the architect with the same CAU registration. */
    Architect update(Architect architect);
}
