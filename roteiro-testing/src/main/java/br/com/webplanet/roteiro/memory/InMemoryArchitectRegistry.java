package br.com.webplanet.roteiro.memory;

import br.com.webplanet.roteiro.model.Architect;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** An {@link ArchitectRegistry} held in memory, keyed by CAU registration. */
public final class InMemoryArchitectRegistry implements ArchitectRegistry {
    private final Map<String, Architect> byCau = new LinkedHashMap<>();
    private final Map<String, String> cauByIdempotencyKey = new HashMap<>();

    @Override
    public synchronized Optional<Architect> find(String cau) {
        return Optional.ofNullable(byCau.get(cau));
    }

    @Override
    public synchronized Stream<Architect> all() {
        return List.copyOf(byCau.values()).stream();
    }

    @Override
    public synchronized Architect create(Architect architect, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey is null");
        String previous = cauByIdempotencyKey.get(idempotencyKey);
        if (previous != null) {
            return byCau.get(previous);
        }
        if (byCau.containsKey(architect.cau())) {
            throw new IllegalStateException("architect " + architect.cau() + " is already registered");
        }
        byCau.put(architect.cau(), architect);
        cauByIdempotencyKey.put(idempotencyKey, architect.cau());
        return architect;
    }

    @Override
    public synchronized Architect update(Architect architect) {
        if (!byCau.containsKey(architect.cau())) {
            throw new NoSuchElementException("no architect " + architect.cau());
        }
        byCau.put(architect.cau(), architect);
        return architect;
    }
}
