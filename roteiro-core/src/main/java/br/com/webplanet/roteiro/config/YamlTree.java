package br.com.webplanet.roteiro.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML into plain maps, lists and scalars, remembering the line of every property so
 * problems can say where they are.
 *
 * <p>Bounded: a file of more than {@link #MAX_CODE_POINTS} characters, nesting deeper than {@link #MAX_DEPTH},
 * or a scalar longer than {@link #MAX_SCALAR} is refused. YAML aliases ({@code *name}) are refused with their
 * line: Jackson's YAML parser does not resolve them (it handed over the alias's name, so {@code password: *pw}
 * used the text "pw"), and resolving them ourselves would invite "billion laughs" files for a feature a
 * configuration file does not need — a secret used twice is better written {@code ${ENV:NAME}} twice.
 */
final class YamlTree {
    final Map<String, Object> root;
    final Map<String, Integer> lines;

    private YamlTree(Map<String, Object> root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** Longest configuration file read, in characters. */
    static final int MAX_CODE_POINTS = 1 << 20;
    /** Deepest nesting of maps and lists. */
    static final int MAX_DEPTH = 40;
    /** Longest single value, in characters. */
    static final int MAX_SCALAR = 64 * 1024;

    private static final YAMLFactory FACTORY = factory();

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        return YAMLFactory.builder()
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_SCALAR).maxNameLength(1_000).maxNumberLength(100)
                        .maxDocumentLength(MAX_CODE_POINTS).build())
                .build();
    }

    static YamlTree read(Reader reader) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(reader)) {
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
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            int line = p.currentTokenLocation().getLineNr();
            throw new IOException("line " + line + ": '" + (path.isEmpty() ? "" : path + ": ") + "*" + p.getText()
                    + "' is a YAML alias, which roteiro does not resolve (it would read the text '" + p.getText()
                    + "'); write the value itself, or ${ENV:NAME} for a secret used in two places");
        }
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
