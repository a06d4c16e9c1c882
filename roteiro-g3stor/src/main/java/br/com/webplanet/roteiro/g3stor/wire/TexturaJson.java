package br.com.webplanet.roteiro.g3stor.wire;

import br.com.webplanet.roteiro.model.Architect;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioItem;
import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.spi.KeyedRomaneio;
import br.com.webplanet.roteiro.spi.PendingRomaneio;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The Textura documents (architects, romaneios, pending documents) of {@code docs/g3stor-api.md}. */
public final class TexturaJson {
    private TexturaJson() {}

    public static ObjectNode architect(Architect a, long version) {
        ObjectNode n = Json.object().put("cau", a.cau()).put("name", a.name()).put("email", a.email())
                .put("phone", a.phone()).put("office", a.office());
        n.set("storeLinks", Json.array(a.storeLinks()));
        n.put("notes", a.notes());
        if (version > 0) {
            n.put("version", version);
        }
        return n;
    }

    public static Architect architect(JsonNode n) {
        return new Architect(Json.text(n, "cau"), Json.text(n, "name"), Json.text(n, "email"), Json.text(n, "phone"),
                Json.text(n, "office"), Json.texts(n, "storeLinks"), Json.text(n, "notes"));
    }

    public static ObjectNode romaneio(Romaneio r) {
        ObjectNode n = key(r.key());
        n.put("issueDate", r.issueDate().toString()).put("customer", r.customer())
                .put("customerName", r.customerName()).put("carrier", r.carrier());
        ArrayNode items = n.putArray("items");
        for (RomaneioItem i : r.items()) {
            ObjectNode item = items.addObject().put("code", i.code()).put("description", i.description());
            Json.put(item, "quantity", i.quantity());
            item.put("unit", i.unit());
            Json.put(item, "weight", i.weight());
        }
        Json.put(n, "grossWeight", r.grossWeight());
        Json.put(n, "netWeight", r.netWeight());
        n.put("source", r.source());
        return n;
    }

    public static Romaneio romaneio(JsonNode n) {
        List<RomaneioItem> items = new ArrayList<>();
        n.path("items").forEach(i -> items.add(new RomaneioItem(Json.text(i, "code"), Json.text(i, "description"),
                Json.decimal(i, "quantity"), Json.text(i, "unit"), Json.decimal(i, "weight"))));
        String issueDate = Json.text(n, "issueDate");
        return new Romaneio(key(n), issueDate == null ? null : LocalDate.parse(issueDate), Json.text(n, "customer"),
                Json.text(n, "customerName"), Json.text(n, "carrier"), items, Json.decimal(n, "grossWeight"),
                Json.decimal(n, "netWeight"), Json.text(n, "source"));
    }

    public static ObjectNode key(RomaneioKey k) {
        return Json.object().put("issuer", k.issuer()).put("number", k.number()).put("series", k.series());
    }

    public static RomaneioKey key(JsonNode n) {
        return new RomaneioKey(Json.text(n, "issuer"), Json.text(n, "number"), Json.text(n, "series"));
    }

    public static ObjectNode keyed(KeyedRomaneio k) {
        ObjectNode n = key(k.key()).put("id", k.id());
        Json.put(n, "keyedAt", k.keyedAt());
        return n;
    }

    public static KeyedRomaneio keyed(JsonNode n) {
        return new KeyedRomaneio(Json.text(n, "id"), key(n), Json.instant(n, "keyedAt"));
    }

    public static ObjectNode pending(PendingRomaneio p) {
        return Json.object().put("id", p.id()).put("fileName", p.fileName()).put("contentType", p.contentType());
    }

    public static PendingRomaneio pending(JsonNode n) {
        return new PendingRomaneio(Json.text(n, "id"), Json.text(n, "fileName"), Json.text(n, "contentType"));
    }
}
