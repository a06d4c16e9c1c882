package br.com.webplanet.roteiro.memory;

import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.spi.KeyedRomaneio;
import br.com.webplanet.roteiro.spi.PendingRomaneio;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** A {@link RomaneioBook} held in memory. */
public final class InMemoryRomaneioBook implements RomaneioBook {
    private final Clock clock;
    private final Map<String, PendingRomaneio> pending = new LinkedHashMap<>();
    private final Map<String, byte[]> content = new HashMap<>();
    private final Map<RomaneioKey, KeyedRomaneio> keyed = new LinkedHashMap<>();
    private final Map<RomaneioKey, Romaneio> keyedRomaneios = new LinkedHashMap<>();
    private final Map<String, KeyedRomaneio> byIdempotencyKey = new HashMap<>();
    private final Set<String> customers = new HashSet<>();
    private int sequence;

    public InMemoryRomaneioBook(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    public synchronized void addCustomer(String customer) {
        customers.add(customer);
    }

    public synchronized PendingRomaneio addPending(String fileName, String contentType, byte[] bytes) {
        PendingRomaneio p = new PendingRomaneio("P-" + (++sequence), fileName, contentType);
        pending.put(p.id(), p);
        content.put(p.id(), bytes.clone());
        return p;
    }

    /** Everything keyed so far, in keying order. */
    public synchronized List<Romaneio> keyedRomaneios() {
        return List.copyOf(keyedRomaneios.values());
    }

    @Override
    public synchronized Stream<PendingRomaneio> pending() {
        return List.copyOf(pending.values()).stream();
    }

    @Override
    public synchronized InputStream open(PendingRomaneio p) {
        byte[] bytes = content.get(p.id());
        if (bytes == null) {
            throw new NoSuchElementException("no pending romaneio " + p.id());
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public synchronized void markKeyed(PendingRomaneio p, RomaneioKey key) {
        pending.remove(p.id());
    }

    @Override
    public synchronized Optional<KeyedRomaneio> find(RomaneioKey key) {
        return Optional.ofNullable(keyed.get(key));
    }

    @Override
    public synchronized KeyedRomaneio key(Romaneio romaneio, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey is null");
        KeyedRomaneio previous = byIdempotencyKey.get(idempotencyKey);
        if (previous != null) {
            return previous;
        }
        if (keyed.containsKey(romaneio.key())) {
            throw new IllegalStateException("romaneio " + romaneio.key() + " is already keyed");
        }
        KeyedRomaneio k = new KeyedRomaneio("R-" + (keyed.size() + 1), romaneio.key(), clock.instant());
        keyed.put(romaneio.key(), k);
        keyedRomaneios.put(romaneio.key(), romaneio);
        byIdempotencyKey.put(idempotencyKey, k);
        return k;
    }

    @Override
    public synchronized boolean customerKnown(String customer) {
        return customers.contains(customer);
    }
}
