package br.com.webplanet.roteiro.examples.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import br.com.webplanet.roteiro.model.Localized;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ten simulated business days on three seeds, against GreenMail and the G3stor simulator under one clock.
 *
 * <p>On this branch three defects of issue #10 that the {@code days} branch fixes still break invariants,
 * deterministically: a human request whose subject starts with "Ausência" is ignored as an automatic
 * reply (item 1: no ticket, mail lost), a customer mail on a concluído ticket leaves it concluído
 * (item 2), and a reply carrying only the {@code [G3-n]} tag of a reminder or status update opens a new
 * ticket (item 5). {@link #knownDefects} lists exactly those violations per seed; every other invariant
 * must hold. When {@code days} is merged, delete {@code known-defects-seed-*.txt}: the same test then requires
 * every invariant to hold on every seed (and fails, naming day, ticket and invariant, on any violation).
 */
class SimulationTest {
    private static final Pattern OLD_TAG = Pattern.compile("\\[G3-[0-9]+]");

    /**
     * What today's main breaks on {@code seed}, as the English failure messages, one a line, in
     * {@code known-defects-seed-<seed>.txt} (known defects of #10 items 1, 2, 5); none once the file is gone.
     */
    static List<String> knownDefects(long seed) throws IOException {
        try (InputStream in = SimulationTest.class.getResourceAsStream("known-defects-seed-" + seed + ".txt")) {
            return in == null ? List.of()
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 11, 23})
    void tenDaysBreakNoInvariantButTheKnownDefects(long seed) throws IOException {
        SimulationResult result = Simulation.run(SimulationOptions.of(10, seed, dir), day -> { });

        assertThat(result.rows()).hasSize(10);
        assertThat(result.holiday()).isAfter(result.rows().get(0).date()).isBefore(result.rows().get(9).date());
        assertThat(result.rows()).extracting(DayRow::date).doesNotContain(result.holiday());
        assertThat(result.mailKinds().get("REQUEST")).isGreaterThan(10);
        assertThat(result.mailKinds().get("REPLY") + result.mailKinds().get("CHASE")).isPositive();
        assertThat(result.mailKinds().get("AFTER_DONE") + result.mailKinds().get("CHASE")).isPositive();
        assertThat(result.mailKinds().get("OUT_OF_OFFICE") + result.mailKinds().get("BOUNCE")).isPositive();
        assertThat(result.rows().stream().mapToLong(DayRow::ticketsOpened).sum()).isGreaterThan(10);
        assertThat(result.issuesCreated()).as("issues created at the local GitHub by step 7").isPositive();
        assertThat(result.failedSteps()).as("steps that failed in a morning run").isEmpty();
        assertThat(result.violations()).allSatisfy(v -> assertThat(isKnownDefect(v))
                .as("not a known defect of today's main: %s", v.message(Locale.ENGLISH)).isTrue());
        assertThat(result.violations()).extracting(v -> v.message(Locale.ENGLISH))
                .containsExactlyElementsOf(knownDefects(seed));
    }

    @Test
    void statusUpdatesSwitchedOffFailNamingDayTicketAndInvariant() {
        SimulationResult result = Simulation.run(SimulationOptions.of(5, 7, dir)
                .withOverride("g3stor.waiting.status-updates", false), day -> { });

        assertThat(result.invariantsHold()).isFalse();
        assertThat(result.violations()).filteredOn(v -> v.invariant() == Invariant.SILENCE_LIMIT)
                .extracting(v -> v.message(Locale.ENGLISH)).first().isEqualTo("Day 5 (2026-10-26): invariant "
                        + "\"nobody waits past the silence limit without an update\" broken — ticket G3-1, mail -: "
                        + "the customer has gone 16h56 of business time without news from us (limit 16h00)");
        assertThat(result.violations()).filteredOn(v -> v.invariant() == Invariant.SILENCE_LIMIT)
                .extracting(v -> v.message(Localized.PT_BR)).first().asString()
                .startsWith("Dia 5 (2026-10-26): invariante \"ninguém espera além do limite de silêncio sem atualização\""
                        + " violada — chamado G3-1");
    }

    @Disabled("mail.intake.reopen-window is #10 item 2 of the days branch; until it exists roteiro rejects the key. "
            + "statusUpdatesSwitchedOffFailNamingDayTicketAndInvariant shows a switched-off rule meanwhile")
    @Test
    void reopenSwitchedOffFailsNamingDayTicketAndInvariant() {
        SimulationResult result = Simulation.run(SimulationOptions.of(10, 11, dir)
                .withOverride("mail.intake.reopen-window", "0d"), day -> { });

        assertThat(result.violations()).filteredOn(v -> v.invariant() == Invariant.NO_CONCLUDED_UNANSWERED)
                .isNotEmpty().allSatisfy(v -> assertThat(v.message(Locale.ENGLISH))
                        .matches("Day \\d+ \\(\\d{4}-\\d\\d-\\d\\d\\): invariant \"no ticket stays concluído with an "
                                + "unanswered customer mail\" broken — ticket G3-\\d+, mail <.+>: .*"));
    }

    /** The defects of today's main that the days branch fixes (#10 items 1, 2, 5), recognised by what was seen. */
    static boolean isKnownDefect(Violation v) {
        Object[] a = v.args();
        return switch (v.detailKey()) {
            case "detail.noTicket", "detail.lost" -> String.valueOf(a[a.length - 1]).startsWith("Ausência");
            case "detail.concluded" -> true;
            case "detail.replyOpened" -> a[1] == Ledger.Threading.SUBJECT && OLD_TAG.matcher(String.valueOf(a[2])).find();
            default -> false;
        };
    }
}
