package br.com.webplanet.roteiro.examples.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.examples.RoteiroCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roteiro simulate} through the launcher: the table, the invariants' result and the exit code. */
class SimulateCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsATablePerDayAndTheInvariantsResultWithItsExitCode() {
        StringWriter out = new StringWriter();
        int code = RoteiroCli.execute(new String[] {"simulate", "--days", "2", "--seed", "7", "--dir", dir.toString()},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), Map.of("ROTEIRO_LANG", "en"));

        assertThat(out.toString())
                .contains("Simulation of 2 business days, seed 7, from 2026-10-19; holiday in the middle: 2026-10-20")
                .containsPattern("Day +Date +Mails +Tickets +Replies +Reopenings +Longest silence")
                .containsPattern("\\n +1 +2026-10-19 ")
                .containsPattern("\\n +2 +2026-10-21 ")
                .contains("Mail to support: ");
        // Today's main loses an "Ausência de boleto" request on day 1 of seed 7 (#10 item 1, fixed by days):
        // exit 1 with the day, ticket and invariant; once fixed, exit 0 with every invariant held.
        if (out.toString().contains("Invariants: all held")) {
            assertThat(code).isZero();
        } else {
            assertThat(out.toString()).containsPattern("\\n  - Day \\d+ \\(2026-10-\\d\\d\\): invariant \".+\" broken "
                    + "— ticket \\S+, mail \\S+: .+");
            assertThat(code).isEqualTo(1);
        }
    }

    @Test
    void helpIsInPortugueseByDefault() {
        StringWriter out = new StringWriter();
        int code = RoteiroCli.execute(new String[] {"simulate", "--help"}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true), Map.of("ROTEIRO_LANG", "pt-BR"));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Simula dias úteis da rotina com uma semente").contains("--days")
                .contains("--seed").contains("--set").contains("Códigos de saída");
    }
}
