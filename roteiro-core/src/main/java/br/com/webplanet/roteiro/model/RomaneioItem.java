package br.com.webplanet.roteiro.model;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of a romaneio: product code, description, quantity, unit and weight (kg, may be null). */
public record RomaneioItem(String code, String description, BigDecimal quantity, String unit, BigDecimal weight) {
    public RomaneioItem {
        Checks.requireText(code, "item code");
        description = description == null ? "" : description;
        Objects.requireNonNull(quantity, "item quantity is null");
        unit = unit == null || unit.isBlank() ? "UN" : unit.strip();
    }
}
