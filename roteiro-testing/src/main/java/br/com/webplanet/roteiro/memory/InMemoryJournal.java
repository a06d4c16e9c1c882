package br.com.webplanet.roteiro.memory;

import br.com.webplanet.roteiro.spi.EffectNotPerformedException;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.JournalKeys;
import br.com.webplanet.roteiro.spi.ReconcileRequiredException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Journal} held in memory with the same semantics as the JDBC journal (results kept as
 * JSON, intent before effect). For tests and embedding experiments; {@link #dryRunView()} gives
 * the read-only view a dry-run sees.
 */
public final class InMemoryJournal implements Journal {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule()).registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Map<String, String> results = new HashMap<>();   // key -> JSON, or null value when pending
    private final Map<String, String> checkpoints = new HashMap<>();
    private final Map<String, Map<String, String>> topics = new HashMap<>();
    private final boolean readOnly;
    private final InMemoryJournal backing;

    public InMemoryJournal() {
        this.readOnly = false;
        this.backing = this;
    }

    private InMemoryJournal(InMemoryJournal backing) {
        this.readOnly = true;
        this.backing = backing;
    }

    /** A view of this journal that reads but never records or runs effects (what dry-run sees). */
    public InMemoryJournal dryRunView() {
        return new InMemoryJournal(this);
    }

    /** Records an intent with no result for {@code key}, as a run that crashed mid-effect would leave it. */
    public void leavePending(String key) {
        synchronized (backing) {
            backing.results.put(JournalKeys.stored(key), null);
        }
    }

    @Override
    public <T> T once(String givenKey, Class<T> type, Reconciler<T> reconciler, Effect<T> effect) {
        String key = JournalKeys.stored(givenKey);
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(effect, "effect is null");
        EffectState state = state(key);
        if (state == EffectState.DONE) {
            return result(key, type).orElse(null);
        }
        if (readOnly) {
            throw new IllegalStateException("dry-run: effect '" + key + "' would run; check dryRun() before once()");
        }
        if (state == EffectState.PENDING) {
            if (reconciler == null) {
                throw new ReconcileRequiredException(key);
            }
            Optional<T> found;
            try {
                found = reconciler.find();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("reconciling '" + key + "' failed: " + e.getMessage(), e);
            }
            if (found.isPresent()) {
                store(key, found.get());
                return found.get();
            }
        } else {
            synchronized (backing) {
                backing.results.put(key, null);
            }
        }
        T value;
        try {
            value = effect.perform();
        } catch (EffectNotPerformedException e) {
            synchronized (backing) {
                backing.results.remove(key);
            }
            throw e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("effect '" + key + "' failed: " + e.getMessage(), e);
        }
        store(key, value);
        return value;
    }

    private void store(String key, Object value) {
        synchronized (backing) {
            backing.results.put(key, toJson(value));
        }
    }

    @Override
    public EffectState state(String givenKey) {
        String key = JournalKeys.stored(givenKey);
        synchronized (backing) {
            if (!backing.results.containsKey(key)) {
                return EffectState.ABSENT;
            }
            return backing.results.get(key) == null ? EffectState.PENDING : EffectState.DONE;
        }
    }

    @Override
    public <T> Optional<T> result(String givenKey, Class<T> type) {
        String key = JournalKeys.stored(givenKey);
        String json;
        synchronized (backing) {
            json = backing.results.get(key);
        }
        return json == null ? Optional.empty() : Optional.ofNullable(fromJson(json, type));
    }

    @Override
    public Checkpoint checkpoint(String givenName) {
        String name = JournalKeys.stored(givenName);
        return new Checkpoint() {
            @Override
            public Optional<String> get() {
                synchronized (backing) {
                    return Optional.ofNullable(backing.checkpoints.get(name));
                }
            }

            @Override
            public void put(String value) {
                if (readOnly) {
                    return;
                }
                synchronized (backing) {
                    backing.checkpoints.put(name, value);
                }
            }
        };
    }

    @Override
    public void record(String givenTopic, String givenKey, Object value) {
        String topic = JournalKeys.storedTopic(givenTopic);
        String key = JournalKeys.stored(givenKey);
        if (readOnly) {
            return;
        }
        synchronized (backing) {
            backing.topics.computeIfAbsent(topic, t -> new LinkedHashMap<>()).put(key, toJson(value));
        }
    }

    @Override
    public <T> Map<String, T> records(String givenTopic, Class<T> type) {
        String topic = JournalKeys.storedTopic(givenTopic);
        Map<String, String> raw;
        synchronized (backing) {
            raw = new LinkedHashMap<>(backing.topics.getOrDefault(topic, Map.of()));
        }
        Map<String, T> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, fromJson(v, type)));
        return out;
    }

    @Override
    public boolean forget(String givenTopic, String givenKey) {
        String topic = JournalKeys.storedTopic(givenTopic);
        String key = JournalKeys.stored(givenKey);
        if (readOnly) {
            return false;
        }
        synchronized (backing) {
            Map<String, String> records = backing.topics.get(topic);
            return records != null && records.remove(key) != null;
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot record " + value.getClass().getName() + " as JSON", e);
        }
    }

    private static <T> T fromJson(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("recorded value is not a " + type.getName() + ": " + e.getMessage(), e);
        }
    }
}
