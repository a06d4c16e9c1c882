package br.com.webplanet.roteiro.textura.architects;

import br.com.webplanet.roteiro.model.Architect;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** Field-by-field comparison of an architect in the registry with the same architect in a source. */
final class ArchitectDiff {
    private ArchitectDiff() {}

    /**
     * What the registry should hold: the source's values, except that a blank source field keeps
     * the registered value unless {@code blankClears}.
     */
    static Architect merge(Architect registered, Architect source, boolean blankClears) {
        if (blankClears) {
            return source;
        }
        return new Architect(source.cau(), source.name(),
                keep(registered.email(), source.email()), keep(registered.phone(), source.phone()),
                keep(registered.office(), source.office()),
                source.storeLinks().isEmpty() ? registered.storeLinks() : source.storeLinks(),
                keep(registered.notes(), source.notes()));
    }

    private static String keep(String registered, String source) {
        return source == null ? registered : source;
    }

    /** The fields that differ; against {@code null} (a new architect) every filled field. */
    static List<FieldChange> changes(Architect before, Architect after) {
        List<FieldChange> out = new ArrayList<>();
        add(out, ArchitectField.NAME, before == null ? null : before.name(), after.name());
        add(out, ArchitectField.EMAIL, before == null ? null : before.email(), after.email());
        add(out, ArchitectField.PHONE, before == null ? null : before.phone(), after.phone());
        add(out, ArchitectField.OFFICE, before == null ? null : before.office(), after.office());
        add(out, ArchitectField.STORES, before == null || before.storeLinks().isEmpty() ? null
                : String.join("; ", before.storeLinks()),
                after.storeLinks().isEmpty() ? null : String.join("; ", after.storeLinks()));
        add(out, ArchitectField.NOTES, before == null ? null : before.notes(), after.notes());
        return List.copyOf(out);
    }

    private static void add(List<FieldChange> out, ArchitectField field, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(new FieldChange(field.id(), before, after));
        }
    }

    /** A short, stable fingerprint of a change from {@code before} to {@code after}: part of the update's journal key. */
    static String fingerprint(Architect before, Architect after) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((canonical(before) + "\u0000->\u0000" + canonical(after))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String canonical(Architect a) {
        return String.join("\u0001", a.cau(), a.name(), Objects.toString(a.email(), ""), Objects.toString(a.phone(), ""),
                Objects.toString(a.office(), ""), String.join("\u0002", a.storeLinks()), Objects.toString(a.notes(), ""));
    }
}
