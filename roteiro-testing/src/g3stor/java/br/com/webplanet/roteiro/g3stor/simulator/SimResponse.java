package br.com.webplanet.roteiro.g3stor.simulator;

import br.com.webplanet.roteiro.g3stor.wire.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A simulator response: JSON (canonical names, renamed on the way out) or raw bytes. */
record SimResponse(int status, Map<String, String> headers, JsonNode json, byte[] raw, String contentType) {
    static SimResponse json(int status, JsonNode body) {
        return new SimResponse(status, Map.of(), body, null, "application/json; charset=utf-8");
    }

    static SimResponse json(int status, JsonNode body, String header, String value) {
        return new SimResponse(status, Map.of(header, value), body, null, "application/json; charset=utf-8");
    }

    static SimResponse noContent() {
        return new SimResponse(204, Map.of(), null, null, null);
    }

    static SimResponse bytes(byte[] content, String contentType) {
        return new SimResponse(200, Map.of(), null, content, contentType);
    }

    static SimResponse error(int status, String code, String message) {
        return error(status, code, message, Map.of(), null);
    }

    static SimResponse error(int status, String code, String message, Map<String, String> fields, JsonNode current) {
        ObjectNode body = Json.object();
        ObjectNode error = body.putObject("error").put("code", code).put("message", message);
        if (!fields.isEmpty()) {
            ObjectNode f = error.putObject("fields");
            fields.forEach(f::put);
        }
        if (current != null) {
            error.set("current", current);
        }
        return json(status, body);
    }

    SimResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new SimResponse(status, h, json, raw, contentType);
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
