package br.com.webplanet.roteiro.g3stor.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One request as a simulator resource sees it: path relative to the base path, query parameters
 * and JSON body already in canonical names, path parameters from the route.
 */
record SimRequest(String method, String path, Map<String, String> query, JsonNode body, Map<String, String> headers,
                  List<String> params) {
    String param(int index) {
        return params.get(index);
    }

    String query(String name) {
        String v = query.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
