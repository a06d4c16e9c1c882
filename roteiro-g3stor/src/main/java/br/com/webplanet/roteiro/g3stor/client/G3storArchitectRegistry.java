package br.com.webplanet.roteiro.g3stor.client;

import br.com.webplanet.roteiro.g3stor.wire.TexturaJson;
import br.com.webplanet.roteiro.model.Architect;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** Client Textura's architects registry over G3stor's API ({@code /textura/architects}). */
public final class G3storArchitectRegistry implements ArchitectRegistry {
    private final G3storHttp http;
    private final int pageSize;

    public G3storArchitectRegistry(G3storHttp http, int pageSize) {
        this.http = Objects.requireNonNull(http, "http is null");
        this.pageSize = pageSize;
    }

    @Override
    public Optional<Architect> find(String cau) {
        HttpResult r = http.call("GET", http.url(List.of("textura", "architects", cau), Map.of()), null, Map.of());
        if (r.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(TexturaJson.architect(http.expectJson(r)));
    }

    @Override
    public Stream<Architect> all() {
        return Pages.stream(http, http.url(List.of("textura", "architects"), Map.of("limit", Integer.toString(pageSize))),
                TexturaJson::architect);
    }

    @Override
    public Architect create(Architect architect, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey is null");
        HttpResult r = http.call("POST", http.url(List.of("textura", "architects"), Map.of()),
                TexturaJson.architect(architect, 0), Map.of("Idempotency-Key", idempotencyKey));
        return read(r, architect.cau());
    }

    @Override
    public Architect update(Architect architect) {
        HttpResult r = http.call("PUT", http.url(List.of("textura", "architects", architect.cau()), Map.of()),
                TexturaJson.architect(architect, 0), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        return read(r, architect.cau());
    }

    private Architect read(HttpResult r, String cau) {
        if (r.status() == 404) {
            throw new NoSuchElementException("no architect " + cau + " in G3stor");
        }
        if (r.status() == 409) {
            throw http.conflict(r);
        }
        return TexturaJson.architect(http.expectJson(r));
    }
}
