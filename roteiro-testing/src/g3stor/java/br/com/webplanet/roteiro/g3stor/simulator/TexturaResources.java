package br.com.webplanet.roteiro.g3stor.simulator;

import br.com.webplanet.roteiro.g3stor.wire.Json;
import br.com.webplanet.roteiro.g3stor.wire.TexturaJson;
import br.com.webplanet.roteiro.model.Architect;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.spi.KeyedRomaneio;
import br.com.webplanet.roteiro.spi.PendingRomaneio;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The simulator's Textura resources: architects, keyed romaneios, pending documents. */
final class TexturaResources {
    private final Clock clock;
    private final Pages pages;
    private final Map<String, Architect> architects = new LinkedHashMap<>();
    private final Map<String, Long> versions = new LinkedHashMap<>();
    private final Map<RomaneioKey, KeyedRomaneio> keyed = new LinkedHashMap<>();
    private final Map<RomaneioKey, Romaneio> romaneios = new LinkedHashMap<>();
    private final Map<String, PendingRomaneio> pending = new LinkedHashMap<>();
    private final Map<String, byte[]> content = new LinkedHashMap<>();
    private long pendingSeq;

    TexturaResources(Clock clock, Pages pages) {
        this.clock = clock;
        this.pages = pages;
    }

    void register(Router router) {
        router.add("GET", "/textura/architects", this::listArchitects)
                .add("POST", "/textura/architects", true, this::createArchitect)
                .add("GET", "/textura/architects/{cau}", r -> architect(requireArchitect(r.param(0))))
                .add("PUT", "/textura/architects/{cau}", this::updateArchitect)
                .add("POST", "/textura/romaneios", true, this::key)
                .add("GET", "/textura/romaneios", this::findKeyed)
                .add("GET", "/textura/romaneios/pending", this::listPending)
                .add("GET", "/textura/romaneios/pending/{id}/content", r -> {
                    PendingRomaneio p = requirePending(r.param(0));
                    return SimResponse.bytes(content.get(p.id()), p.contentType());
                })
                .add("POST", "/textura/romaneios/pending/{id}/keyed", r -> {
                    requirePending(r.param(0));
                    pending.remove(r.param(0));
                    return SimResponse.noContent();
                });
    }

    void putArchitect(Architect a) {
        architects.put(a.cau(), a);
        versions.merge(a.cau(), 1L, Long::sum);
    }

    PendingRomaneio addPending(String fileName, String contentType, byte[] bytes) {
        PendingRomaneio p = new PendingRomaneio("P-" + (++pendingSeq), fileName, contentType);
        pending.put(p.id(), p);
        content.put(p.id(), bytes.clone());
        return p;
    }

    List<Architect> architects() {
        return List.copyOf(architects.values());
    }

    List<Romaneio> keyedRomaneios() {
        return List.copyOf(romaneios.values());
    }

    List<PendingRomaneio> pending() {
        return List.copyOf(pending.values());
    }

    private SimResponse listArchitects(SimRequest r) {
        List<Pages.Entry> entries = new ArrayList<>();
        long seq = 0;
        for (Architect a : architects.values()) {
            entries.add(new Pages.Entry(++seq, TexturaJson.architect(a, versions.get(a.cau()))));
        }
        return pages.page(r, entries);
    }

    private SimResponse createArchitect(SimRequest r) {
        Architect a;
        try {
            a = TexturaJson.architect(r.body());
        } catch (IllegalArgumentException | NullPointerException e) {
            return SimResponse.error(422, "validation", String.valueOf(e.getMessage()),
                    Map.of("cau", String.valueOf(e.getMessage())), null);
        }
        if (architects.containsKey(a.cau())) {
            return SimResponse.error(409, "already_exists", "architect " + a.cau() + " is already registered");
        }
        putArchitect(a);
        return SimResponse.json(201, TexturaJson.architect(a, versions.get(a.cau())));
    }

    private SimResponse updateArchitect(SimRequest r) {
        Architect current = requireArchitect(r.param(0));
        String ifMatch = r.header("If-Match");
        long version = versions.get(current.cau());
        if (ifMatch != null && Params.version(ifMatch) != version) {
            return SimResponse.error(412, "version_mismatch", "architect " + current.cau() + " is at version "
                    + version, Map.of(), TexturaJson.architect(current, version));
        }
        Architect a = TexturaJson.architect(r.body());
        if (!a.cau().equals(current.cau())) {
            return SimResponse.error(422, "validation", "cau in the body differs from the path",
                    Map.of("cau", "must be " + current.cau()), null);
        }
        putArchitect(a);
        return architect(a);
    }

    private SimResponse architect(Architect a) {
        long v = versions.get(a.cau());
        return SimResponse.json(200, TexturaJson.architect(a, v), "ETag", SimResponse.etag(v));
    }

    private SimResponse key(SimRequest r) {
        Romaneio romaneio;
        try {
            romaneio = TexturaJson.romaneio(r.body());
        } catch (RuntimeException e) {
            return SimResponse.error(422, "validation", "invalid romaneio: " + e.getMessage(),
                    Map.of("romaneio", String.valueOf(e.getMessage())), null);
        }
        if (keyed.containsKey(romaneio.key())) {
            return SimResponse.error(409, "already_keyed", "romaneio " + romaneio.key() + " is already keyed");
        }
        KeyedRomaneio k = new KeyedRomaneio("R-" + (keyed.size() + 1), romaneio.key(), clock.instant());
        keyed.put(romaneio.key(), k);
        romaneios.put(romaneio.key(), romaneio);
        return SimResponse.json(201, TexturaJson.keyed(k));
    }

    private SimResponse findKeyed(SimRequest r) {
        if (r.query("issuer") == null || r.query("number") == null) {
            throw new BadRequest("issuer and number are required");
        }
        KeyedRomaneio k = keyed.get(new RomaneioKey(r.query("issuer"), r.query("number"), r.query("series")));
        ObjectNode body = Json.object();
        body.putArray("items");
        if (k != null) {
            body.withArray("items").add(TexturaJson.keyed(k));
        }
        body.putNull("next");
        return SimResponse.json(200, body);
    }

    private SimResponse listPending(SimRequest r) {
        List<Pages.Entry> entries = new ArrayList<>();
        for (PendingRomaneio p : pending.values()) {
            entries.add(new Pages.Entry(Long.parseLong(p.id().substring(2)), TexturaJson.pending(p)));
        }
        return pages.page(r, entries);
    }

    private Architect requireArchitect(String cau) {
        Architect a = architects.get(cau);
        if (a == null) {
            throw new NotFound("no architect " + cau);
        }
        return a;
    }

    private PendingRomaneio requirePending(String id) {
        PendingRomaneio p = pending.get(id);
        if (p == null) {
            throw new NotFound("no pending romaneio " + id);
        }
        return p;
    }
}
