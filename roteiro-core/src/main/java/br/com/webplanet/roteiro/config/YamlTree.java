package br.com.webplanet.roteiro.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML into plain maps, lists and scalars, remembering the line of every property so
 * problems can say where they are.
 */
final class YamlTree {
    final Map<String, Object> root;
    final Map<String, Integer> lines;

    private YamlTree(Map<String, Object> root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    static YamlTree read(Reader reader) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = YAMLFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build().createParser(reader)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new YamlTree(new LinkedHashMap<>(), lines);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new IOException("the file must be a map of sections (mail:, g3stor:, …), found " + first.asString()
                        + " at line " + p.currentTokenLocation().getLineNr());
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> root = (Map<String, Object>) value(p, "", lines);
            return new YamlTree(root, lines);
        }
    }

    private static Object value(JsonParser p, String path, Map<String, Integer> lines) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    String child = path.isEmpty() ? key : path + "." + key;
                    lines.put(child, p.currentTokenLocation().getLineNr());
                    p.nextToken();
                    map.put(key, value(p, child, lines));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String child = path + "[" + list.size() + "]";
                    lines.put(child, p.currentTokenLocation().getLineNr());
                    list.add(value(p, child, lines));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                return p.getText();
        }
    }
}
