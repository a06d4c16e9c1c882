package br.com.webplanet.roteiro.g3stor.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides which requests fail: queued faults for the next matching requests, then a random
 * share of all requests (deterministic for a given seed and request order).
 */
public final class FaultInjector {
    private final Deque<Fault> queued = new ArrayDeque<>();
    private final Random random;
    private double rate;
    private List<Fault> mix = List.of();
    private final AtomicLong injected = new AtomicLong();

    FaultInjector(long seed) {
        this.random = new Random(seed);
    }

    /** The next {@code count} requests matching {@code fault}'s route fail with it. */
    public synchronized FaultInjector failNext(int count, Fault fault) {
        for (int i = 0; i < count; i++) {
            queued.add(fault);
        }
        return this;
    }

    /** From now on a share {@code rate} (0…1) of requests fails with one of {@code faults}, picked at random. */
    public synchronized FaultInjector failRandomly(double rate, List<Fault> faults) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("rate must be between 0 and 1, was " + rate);
        }
        if (rate > 0 && faults.isEmpty()) {
            throw new IllegalArgumentException("faults must not be empty when rate > 0");
        }
        this.rate = rate;
        this.mix = List.copyOf(faults);
        return this;
    }

    /** No more faults. */
    public synchronized void clear() {
        queued.clear();
        rate = 0;
        mix = List.of();
    }

    /** How many faults were injected so far. */
    public long injected() {
        return injected.get();
    }

    synchronized Optional<Fault> next(String routeName) {
        for (Iterator<Fault> it = queued.iterator(); it.hasNext(); ) {
            Fault f = it.next();
            if (f.applies(routeName)) {
                it.remove();
                injected.incrementAndGet();
                return Optional.of(f);
            }
        }
        if (rate > 0 && random.nextDouble() < rate) {
            Fault f = mix.get(random.nextInt(mix.size()));
            if (f.applies(routeName)) {
                injected.incrementAndGet();
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
