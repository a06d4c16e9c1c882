package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioItem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A short hash of what a romaneio says (date, customer, carrier, items, weights — not where it was
 * read from), so a later document with the same number but other content is caught.
 */
final class RomaneioFingerprint {
    private RomaneioFingerprint() {}

    static String of(Romaneio r) {
        StringBuilder text = new StringBuilder().append(r.key().asKey()).append('|').append(r.issueDate())
                .append('|').append(r.customer()).append('|').append(Objects.toString(r.carrier(), ""))
                .append('|').append(plain(r.grossWeight())).append('|').append(plain(r.netWeight()));
        for (RomaneioItem item : r.items()) {
            text.append('|').append(item.code()).append(';').append(plain(item.quantity())).append(';')
                    .append(item.unit()).append(';').append(plain(item.weight()));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
