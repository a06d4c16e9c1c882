package br.com.webplanet.roteiro.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A romaneio (packing list / delivery manifest) of client Textura.
 *
 * @param key         issuer + number + series
 * @param issueDate   date of issue
 * @param customer    recipient's id or document (CNPJ/CPF) as G3stor knows it
 * @param customerName recipient's name as printed, or null
 * @param carrier     carrier (transportadora), or null
 * @param items       lines
 * @param grossWeight total gross weight in kg, or null
 * @param netWeight   total net weight in kg, or null
 * @param source      where it was read from (file path, mail attachment, G3stor)
 */
public record Romaneio(RomaneioKey key, LocalDate issueDate, String customer, String customerName, String carrier,
                       List<RomaneioItem> items, BigDecimal grossWeight, BigDecimal netWeight, String source) {
    public Romaneio {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(issueDate, "issueDate is null");
        items = Checks.copy(items);
        source = source == null ? "" : source;
    }
}
