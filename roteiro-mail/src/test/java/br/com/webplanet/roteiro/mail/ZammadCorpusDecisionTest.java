package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.MailDecision;
import br.com.webplanet.roteiro.model.MailDisposition;
import br.com.webplanet.roteiro.spi.Handoffs;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Real mails of /work/shared/corpora/zammad-mail (see its README): ticketing tools re-using one
 * Message-ID for different mails (#10 item 8), and a MAILER-DAEMON mail with a null return path but no
 * delivery report next to real delivery reports (#10 item 1).
 */
class ZammadCorpusDecisionTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.setups());
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpora", "zammad-mail");

    private static void deliver(Harness h, String name) throws Exception {
        h.deliver(Harness.raw(Files.readAllBytes(CORPUS.resolve(name))));
    }

    @Test
    void ticketingToolsSharingAMessageIdGetOneDecisionPerMailAndOnlyReportsAreBounces() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "corpus folder " + CORPUS.toAbsolutePath()
                + " is absent: skipping the real-world mail test");
        try (Harness h = new Harness(GREEN_MAIL)) {
            for (String name : new String[] {"mail089.eml", "mail090.eml", "mail103.eml", "mail104.eml", "mail052.eml",
                    "mail053.eml"}) {
                deliver(h, name);
            }

            h.run();

            Map<String, MailDecision> decisions = h.journal.records(Handoffs.MAIL_DECISIONS, MailDecision.class);
            assertThat(decisions).hasSize(6);
            Set<String> variants = decisions.keySet().stream().filter(k -> k.contains("~")).collect(Collectors.toSet());
            assertThat(variants).hasSize(2).anyMatch(k -> k.contains("service-now.com~"))
                    .anyMatch(k -> k.contains("jira.com~"));
            variants.forEach(k -> assertThat(decisions.get(k).evidence()).contains("conteúdo diferente"));
            assertThat(decisions.get("<20170516045518.E63C61882@example.com>").disposition())
                    .as("MAILER-DAEMON with Return-Path <> but no delivery report").isNotEqualTo(MailDisposition.BOUNCE);
            assertThat(decisions.values()).filteredOn(d -> d.disposition() == MailDisposition.BOUNCE).hasSize(1)
                    .allMatch(d -> d.evidence().contains("relatório de entrega"));
            assertThat(h.folder("INBOX")).isEmpty();
        }
    }
}
