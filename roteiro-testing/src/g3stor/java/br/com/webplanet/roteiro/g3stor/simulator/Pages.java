package br.com.webplanet.roteiro.g3stor.simulator;

import br.com.webplanet.roteiro.g3stor.wire.FieldNames;
import br.com.webplanet.roteiro.g3stor.wire.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Cursor pagination: items ordered by a sequence number; the cursor is the last sequence returned. */
final class Pages {
    /** An item with its place in the listing order. */
    record Entry(long seq, JsonNode node) {}

    private final String basePath;
    private final int defaultLimit;
    private final FieldNames names;

    Pages(String basePath, int defaultLimit, FieldNames names) {
        this.basePath = basePath;
        this.defaultLimit = defaultLimit;
        this.names = names;
    }

    /** One page of {@code entries} (already filtered, in order) after the request's cursor. */
    SimResponse page(SimRequest request, List<Entry> entries) {
        long after = decode(request.query("cursor"));
        int limit = request.query("limit") == null ? defaultLimit
                : Math.max(1, Math.min(500, Integer.parseInt(request.query("limit"))));
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray("items");
        Long last = null;
        boolean more = false;
        for (Entry e : entries) {
            if (e.seq() <= after) {
                continue;
            }
            if (items.size() == limit) {
                more = true;
                break;
            }
            items.add(e.node());
            last = e.seq();
        }
        if (more) {
            body.put("next", next(request, last, limit));
        } else {
            body.putNull("next");
        }
        return SimResponse.json(200, body);
    }

    private String next(SimRequest request, long last, int limit) {
        StringJoiner q = new StringJoiner("&");
        for (Map.Entry<String, String> e : request.query().entrySet()) {
            if (!e.getKey().equals("cursor") && !e.getKey().equals("limit")) {
                q.add(enc(names.wire(e.getKey())) + "=" + enc(e.getValue()));
            }
        }
        q.add("cursor=" + Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(last).getBytes(
                StandardCharsets.UTF_8)));
        q.add("limit=" + limit);
        return basePath + request.path() + "?" + q;
    }

    private static long decode(String cursor) {
        if (cursor == null) {
            return Long.MIN_VALUE;
        }
        try {
            return Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("invalid cursor '" + cursor + "'");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
