package br.com.webplanet.roteiro.textura.architects;

import br.com.webplanet.roteiro.textura.io.Values;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A field of the architects spreadsheet, with the header names it is known by. */
public enum ArchitectField {
    NAME("name", "Nome", "Nome completo", "Arquiteto", "Arquiteta", "Name"),
    CAU("cau", "CAU", "Registro CAU", "Nº CAU", "Número CAU", "Numero do CAU", "Registration"),
    EMAIL("email", "E-mail", "Email", "Correio eletrônico"),
    PHONE("phone", "Telefone", "Celular", "Fone", "WhatsApp", "Phone"),
    OFFICE("office", "Escritório", "Empresa", "Office"),
    STORES("stores", "Lojas vinculadas", "Lojas", "Stores"),
    NOTES("notes", "Observações", "Observação", "Obs", "Notas", "Notes");

    private final String id;
    private final List<String> aliases;

    ArchitectField(String id, String... aliases) {
        this.id = id;
        this.aliases = List.of(aliases);
    }

    /** The name used in configuration and reports ({@code email}). */
    public String id() {
        return id;
    }

    /** The built-in header a spreadsheet uses for this field ({@code E-mail}). */
    public String header() {
        return aliases.get(0);
    }

    /**
     * Normalised header → field, from the built-in aliases plus {@code extra} (keyed by field id).
     *
     * @throws IllegalArgumentException for an unknown field id
     */
    public static Map<String, ArchitectField> aliases(Map<String, List<String>> extra) {
        Map<ArchitectField, Set<String>> byField = new EnumMap<>(ArchitectField.class);
        for (ArchitectField field : values()) {
            Set<String> names = new LinkedHashSet<>();
            names.add(Values.normalize(field.id));
            field.aliases.forEach(a -> names.add(Values.normalize(a)));
            byField.put(field, names);
        }
        extra.forEach((id, names) -> byField.get(byId(id)).addAll(names.stream().map(Values::normalize).toList()));
        Map<String, ArchitectField> out = new java.util.HashMap<>();
        byField.forEach((field, names) -> names.forEach(n -> out.putIfAbsent(n, field)));
        return Map.copyOf(out);
    }

    static ArchitectField byId(String id) {
        for (ArchitectField field : values()) {
            if (field.id.equals(id)) {
                return field;
            }
        }
        throw new IllegalArgumentException("unknown architect field '" + id + "' in textura.architects.headerAliases;"
                + " valid: name, cau, email, phone, office, stores, notes");
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
