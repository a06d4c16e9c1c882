package br.com.webplanet.roteiro.examples;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.Validated;
import br.com.webplanet.roteiro.model.MailAddress;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Section {@code report} of {@code roteiro.yaml}: where the launcher writes the HTML daily report
 * and who receives it.
 *
 * @param dir    directory of the HTML reports ({@code roteiro-<date>.html}), relative to the working directory
 * @param mailTo addresses that receive the HTML report after each run (needs the mail module); empty: nobody
 * @param zone   time zone the report shows times in
 */
public record ReportConfig(@Default("relatorios") Path dir, List<String> mailTo,
                           @Default("America/Sao_Paulo") ZoneId zone) implements Validated {
    /** The configuration prefix. */
    public static final String PREFIX = "report";

    public ReportConfig {
        dir = dir == null ? Path.of("relatorios") : dir;
        mailTo = mailTo == null ? List.of() : List.copyOf(mailTo);
        zone = zone == null ? ZoneId.of("America/Sao_Paulo") : zone;
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String address : mailTo) {
            if (!MailAddress.isValid(address)) {
                problems.add("report.mail-to: '" + address + "' is not an e-mail address");
            }
        }
        return problems;
    }

    /** The report file for a run. */
    public Path fileFor(java.time.LocalDate date, boolean dryRun) {
        return dir.resolve("roteiro-" + date + (dryRun ? "-simulacao" : "") + ".html");
    }
}
