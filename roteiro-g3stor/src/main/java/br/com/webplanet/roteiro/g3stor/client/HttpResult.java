package br.com.webplanet.roteiro.g3stor.client;

import br.com.webplanet.roteiro.g3stor.wire.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response that was not retried away: status, the body (read whole and closed),
 * and the JSON body already in canonical names.
 */
record HttpResult(String operation, int status, byte[] body, JsonNode json) {
    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** {@code error.message} of an error body, or the start of the raw body. */
    String errorMessage() {
        String m = Json.text(json == null ? null : json.path("error"), "message");
        if (m != null) {
            return m;
        }
        String raw = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        return raw.isBlank() ? "(no message)" : raw.length() > 200 ? raw.substring(0, 200) + "…" : raw;
    }

    /** {@code error.fields} of a 422. */
    Map<String, String> fieldErrors() {
        Map<String, String> out = new LinkedHashMap<>();
        if (json != null) {
            json.path("error").path("fields").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }
}
