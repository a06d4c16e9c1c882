package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioItem;
import br.com.webplanet.roteiro.textura.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The business rules a romaneio must meet before it is keyed (the customer check needs G3stor and lives in the step). */
final class RomaneioValidator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final BigDecimal tolerancePercent;

    RomaneioValidator(BigDecimal tolerancePercent) {
        this.tolerancePercent = Objects.requireNonNull(tolerancePercent, "tolerancePercent is null");
    }

    /** What is wrong with {@code romaneio}; empty when it may be keyed. */
    List<Localized> problems(Romaneio romaneio) {
        List<Localized> problems = new ArrayList<>();
        if (romaneio.customer() == null || romaneio.customer().isBlank()) {
            problems.add(Messages.localized("romaneios.noCustomer"));
        }
        if (romaneio.items().isEmpty()) {
            problems.add(Messages.localized("romaneios.noItems"));
        }
        for (RomaneioItem item : romaneio.items()) {
            if (item.quantity().signum() <= 0) {
                problems.add(Messages.localized("romaneios.quantity", item.code(), item.quantity()));
            }
            if (item.weight() != null && item.weight().signum() <= 0) {
                problems.add(Messages.localized("romaneios.itemWeight", item.code(), item.weight()));
            }
        }
        positive(romaneio.grossWeight(), "romaneios.grossWeight", problems);
        positive(romaneio.netWeight(), "romaneios.netWeight", problems);
        if (romaneio.grossWeight() != null && romaneio.netWeight() != null
                && romaneio.netWeight().compareTo(romaneio.grossWeight()) > 0) {
            problems.add(Messages.localized("romaneios.netAboveGross", romaneio.netWeight(), romaneio.grossWeight()));
        }
        totals(romaneio, problems);
        return List.copyOf(problems);
    }

    private void totals(Romaneio romaneio, List<Localized> problems) {
        BigDecimal gross = romaneio.grossWeight();
        if (gross == null || gross.signum() <= 0 || romaneio.items().isEmpty()
                || romaneio.items().stream().anyMatch(i -> i.weight() == null)) {
            return;
        }
        BigDecimal sum = romaneio.items().stream().map(RomaneioItem::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal allowed = gross.multiply(tolerancePercent).divide(HUNDRED, 6, RoundingMode.HALF_UP);
        if (sum.subtract(gross).abs().compareTo(allowed) > 0) {
            problems.add(Messages.localized("romaneios.totals", sum, gross, tolerancePercent));
        }
    }

    private static void positive(BigDecimal value, String key, List<Localized> problems) {
        if (value != null && value.signum() <= 0) {
            problems.add(Messages.localized(key, value));
        }
    }
}
