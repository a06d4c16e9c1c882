package br.com.webplanet.roteiro.g3stor.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Renames JSON fields and query parameters between the canonical names of
 * {@code docs/g3stor-api.md} and an installation's own names, wherever they appear.
 */
public final class FieldNames {
    private static final FieldNames CANONICAL = new FieldNames(Map.of());
    private final Map<String, String> toWire;
    private final Map<String, String> toCanonical = new HashMap<>();

    private FieldNames(Map<String, String> canonicalToWire) {
        this.toWire = Map.copyOf(canonicalToWire);
        toWire.forEach((canonical, wire) -> {
            if (toCanonical.put(wire, canonical) != null) {
                throw new IllegalArgumentException("field-names maps two fields to '" + wire + "'");
            }
        });
    }

    /** Canonical names unchanged. */
    public static FieldNames canonical() {
        return CANONICAL;
    }

    /** {@code canonicalToWire}: canonical name → installation name; names not listed stay as they are. */
    public static FieldNames of(Map<String, String> canonicalToWire) {
        Objects.requireNonNull(canonicalToWire, "canonicalToWire is null");
        return canonicalToWire.isEmpty() ? CANONICAL : new FieldNames(canonicalToWire);
    }

    public String wire(String canonical) {
        return toWire.getOrDefault(canonical, canonical);
    }

    public String canonical(String wire) {
        return toCanonical.getOrDefault(wire, wire);
    }

    public JsonNode toWire(JsonNode node) {
        return toWire.isEmpty() ? node : rename(node, toWire);
    }

    public JsonNode toCanonical(JsonNode node) {
        return toCanonical.isEmpty() ? node : rename(node, toCanonical);
    }

    private static JsonNode rename(JsonNode node, Map<String, String> names) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(names.getOrDefault(e.getKey(), e.getKey()), rename(e.getValue(), names));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(child -> out.add(rename(child, names)));
            return out;
        }
        return node;
    }
}
