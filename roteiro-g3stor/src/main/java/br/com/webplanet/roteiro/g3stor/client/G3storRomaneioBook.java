package br.com.webplanet.roteiro.g3stor.client;

import br.com.webplanet.roteiro.g3stor.wire.TexturaJson;
import br.com.webplanet.roteiro.g3stor.wire.TicketJson;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.spi.KeyedRomaneio;
import br.com.webplanet.roteiro.spi.PendingRomaneio;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Client Textura's romaneios over G3stor's API ({@code /textura/romaneios}). */
public final class G3storRomaneioBook implements RomaneioBook {
    private final G3storHttp http;
    private final int pageSize;

    public G3storRomaneioBook(G3storHttp http, int pageSize) {
        this.http = Objects.requireNonNull(http, "http is null");
        this.pageSize = pageSize;
    }

    @Override
    public Stream<PendingRomaneio> pending() {
        return Pages.stream(http, http.url(List.of("textura", "romaneios", "pending"),
                Map.of("limit", Integer.toString(pageSize))), TexturaJson::pending);
    }

    /** The document's bytes (documents are small; the response is read whole and closed). */
    @Override
    public InputStream open(PendingRomaneio pending) {
        HttpResult r = http.call("GET", http.url(List.of("textura", "romaneios", "pending", pending.id(), "content"),
                Map.of()), null, Map.of());
        if (r.status() == 404) {
            throw new NoSuchElementException("no pending romaneio " + pending.id() + " in G3stor");
        }
        if (!r.ok()) {
            throw http.failure(r);
        }
        return new ByteArrayInputStream(r.body());
    }

    @Override
    public void markKeyed(PendingRomaneio pending, RomaneioKey key) {
        HttpResult r = http.call("POST", http.url(List.of("textura", "romaneios", "pending", pending.id(), "keyed"),
                Map.of()), TexturaJson.key(key), Map.of("Idempotency-Key", "keyed:" + pending.id()));
        if (r.status() == 404) {
            throw new NoSuchElementException("no pending romaneio " + pending.id() + " in G3stor");
        }
        if (!r.ok()) {
            throw http.refusal(r);
        }
    }

    @Override
    public Optional<KeyedRomaneio> find(RomaneioKey key) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("issuer", key.issuer());
        q.put("number", key.number());
        q.put("series", key.series());
        try (Stream<KeyedRomaneio> found = Pages.stream(http, http.url(List.of("textura", "romaneios"), q),
                TexturaJson::keyed)) {
            return found.findFirst();
        }
    }

    @Override
    public KeyedRomaneio key(Romaneio romaneio, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey is null");
        HttpResult r = http.call("POST", http.url(List.of("textura", "romaneios"), Map.of()),
                TexturaJson.romaneio(romaneio), Map.of("Idempotency-Key", idempotencyKey));
        if (r.status() == 409) {
            throw http.conflict(r);
        }
        return TexturaJson.keyed(http.expectJson(r));
    }

    /** Known by id ({@code GET /customers/{id}}) or by CNPJ/CPF ({@code GET /customers?document=}). */
    @Override
    public boolean customerKnown(String customer) {
        try (Stream<?> byDocument = Pages.stream(http, http.url(List.of("customers"), Map.of("document", customer)),
                TicketJson::customer)) {
            if (byDocument.findFirst().isPresent()) {
                return true;
            }
        }
        HttpResult r = http.call("GET", http.url(List.of("customers", customer), Map.of()), null, Map.of());
        if (r.status() == 404) {
            return false;
        }
        if (!r.ok()) {
            throw http.failure(r);
        }
        return true;
    }

}
