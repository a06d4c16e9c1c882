package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.memory.InMemoryTicketSystem;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.MailDecision;
import br.com.webplanet.roteiro.model.MailDisposition;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.TicketQuery;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 118 real-world mails of Zammad's parser suite ({@code ../shared/corpora/zammad-mail}, never copied
 * here) through the public embedding API (the real {@code mail.triage} step with the mail module, an in-memory ticket
 * system) against an embedded GreenMail: one mail delivered and one intake run at a time, so each
 * outcome belongs to exactly one mail (and two mails sharing a Message-ID are each judged on their own).
 * Checks per mail and in aggregate the subject, the sender address and that the start of the body a person
 * reads (first 40 characters, whitespace and quote styles ignored) is in the ticket text; and that nothing
 * crashes or stays in the INBOX. Bodies are checked where Zammad shows visible content and the mail is
 * meant to become ticket text (bounces and automatic mail are not; their classification is the decision
 * side's). Every miss is printed with the mail's name, so a regression shows which mail broke.
 *
 * <p>Where Zammad's expectation is itself garbled, the correct text wins: see {@link #CORRECTED}.
 */
class ZammadCorpusTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.setups());

    /** Subject/sender/body start the mail really carries where Zammad's expectation is garbled. */
    private static final Map<String, String> CORRECTED = Map.of(
            // "=?unicode-1-1-utf-7?Q?+ANw-bermittlungsstatus ...?=": UTF-7, +ANw- is Ü; Zammad leaves it raw
            "mail018.subject", "Benachrichtung zum Übermittlungsstatus (Fehlgeschlagen)",
            // From: "finances8@firstfinanceloanfirm.example.com" (no angle address): Zammad keeps the quotes
            "mail035.from", "finances8@firstfinanceloanfirm.example.com",
            // <Claudia.Shu@yahoo.com.>: the trailing dot of the domain is not part of the address
            "mail044.from", "Claudia.Shu@yahoo.com",
            // From: Test test@example.com (no angle brackets): the address is test@example.com, "Test" its name
            "mail087.from", "test@example.com",
            // windows-1252 "à" read by Zammad as windows-1250 "ŕ"
            "mail072.body", "Bonjour, Je vous contacte suite à ma com");

    /**
     * Decisions a person expects for particular mails: a genuine delivery report is a bounce; spam sent
     * {@code From: <>} with a null Return-Path (no delivery report) is not — it is read as a customer mail
     * from its Reply-To.
     */
    private static final Map<String, MailDisposition> OUTCOMES = Map.of(
            "mail019", MailDisposition.NEW_TICKET,   // From: "我" <>, Return-Path: <>, Reply-To: vipyiming@126.com
            "mail052", MailDisposition.NEW_TICKET,   // MAILER-DAEMON, Return-Path: <>, but no delivery report
            "mail053", MailDisposition.BOUNCE,       // Postfix delivery report (multipart/report)
            "mail089", MailDisposition.AUTOMATIC_IGNORED,   // ServiceNow, Auto-Submitted: auto-generated
            "mail103", MailDisposition.NEW_TICKET);

    @TempDir
    Path dir;

    /**
     * #12 acceptance (and #10 item 8): Jira and ServiceNow re-use one Message-ID for different mails
     * (mail103/mail104, mail089/mail090); delivered into one mailbox, each mail is decided on its own: both
     * Jira mails become tickets of their own, both ServiceNow notifications (Auto-Submitted) are automatic.
     */
    @Test
    void differentMailsSharingAMessageIdAreEachDecidedAndTheCustomerOnesBecomeTickets() throws Exception {
        Path corpus = corpus();
        Assumptions.assumeTrue(Files.isDirectory(corpus),
                "real-world mail corpus not found at " + corpus + " (expected ../shared/corpora/zammad-mail beside the checkout)");
        MailConfig base = TestMail.config(GREEN_MAIL);
        MailConfig config = new MailConfig(base.imap(), base.smtp(), base.from(), base.fromName(), base.sentFolder(),
                base.intake(), null, null, new AckConfig(false, 0, null), null);
        try (Harness h = new Harness(GREEN_MAIL).configure(config)) {
            for (String name : List.of("mail089", "mail090", "mail103", "mail104")) {
                h.deliver(Harness.raw(Files.readAllBytes(corpus.resolve(name + ".eml"))));
            }
            h.run();
            Map<String, MailDecision> decisions = h.journal.records(Handoffs.MAIL_DECISIONS, MailDecision.class);
            assertThat(decisions).hasSize(4);
            List<MailDecision> jira = decisions.values().stream().filter(d -> d.messageId().contains("jira.com")).toList();
            List<MailDecision> serviceNow = decisions.values().stream()
                    .filter(d -> d.messageId().contains("service-now.com")).toList();
            assertThat(jira).hasSize(2).extracting(MailDecision::disposition).containsOnly(MailDisposition.NEW_TICKET);
            assertThat(jira).extracting(MailDecision::ticket).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(serviceNow).hasSize(2).extracting(MailDecision::disposition)
                    .containsOnly(MailDisposition.AUTOMATIC_IGNORED);
            assertThat(h.tickets.search(TicketQuery.all()).map(Ticket::subject).toList())
                    .containsExactlyInAnyOrder("[JIRA] (SYS-422) test zammad 3", "[JIRA] (SYS-422) booob");
            assertThat(h.folder("INBOX")).isEmpty();
        }
    }

    static Path corpus() {
        Path root = Path.of("").toAbsolutePath();
        for (Path p = root; p != null; p = p.getParent()) {
            Path candidate = p.resolve("../shared/corpora/zammad-mail").normalize();
            if (Files.isDirectory(p.resolve(".git")) || Files.isRegularFile(p.resolve(".git"))) {
                return candidate;
            }
        }
        return root.resolve("../../shared/corpora/zammad-mail").normalize();
    }

    @Test
    void everyMailIsReadAsAPersonReadsIt() throws Exception {
        Path corpus = corpus();
        Assumptions.assumeTrue(Files.isDirectory(corpus),
                "real-world mail corpus not found at " + corpus + " (expected ../shared/corpora/zammad-mail beside the checkout)");
        List<Path> mails;
        try (Stream<Path> s = Files.list(corpus)) {
            mails = s.filter(p -> p.getFileName().toString().endsWith(".eml")).sorted().toList();
        }
        assertThat(mails).hasSizeGreaterThanOrEqualTo(118);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        int subjects = 0, subjectOk = 0, senders = 0, senderOk = 0, bodies = 0, bodyOk = 0, crashes = 0;
        List<String> misses = new ArrayList<>();
        List<String> stuck = new ArrayList<>();
        List<String> outcomeMisses = new ArrayList<>();
        MailConfig base = TestMail.config(GREEN_MAIL);
        MailConfig config = new MailConfig(base.imap(), base.smtp(), base.from(), base.fromName(), base.sentFolder(),
                base.intake(), null, null, new AckConfig(false, 0, null), null);
        {
            for (Path eml : mails) {
                String name = eml.getFileName().toString().replace(".eml", "");
                byte[] raw = Files.readAllBytes(eml);
                // each mail on its own (fresh journal and ticket system): its outcome is its own, and mails that
                // share a Message-ID (ticketing tools reuse them) are judged each on its content
                Harness h = new Harness(GREEN_MAIL).configure(config);
                InMemoryTicketSystem tickets = h.tickets;
                Journal journal = h.journal;
                Set<String> seenInteractions = new HashSet<>();
                Set<String> seenDecisions = new HashSet<>();
                h.deliver(new MimeMessage(Harness.LOCAL, new ByteArrayInputStream(raw)));
                try {
                    StepResult result = h.run();
                    if (result.counts().getOrDefault("failed", 0L) > 0) {
                        crashes++;
                        misses.add(name + ": intake failed: " + result.humanTasks());
                    }
                } catch (Exception | Error e) {
                    crashes++;
                    misses.add(name + ": intake crashed: " + e);
                }
                if (!inbox().isEmpty()) {
                    stuck.add(name);
                }
                List<MailDecision> decisions = journal.records(Handoffs.MAIL_DECISIONS, MailDecision.class).entrySet()
                        .stream().filter(e -> seenDecisions.add(e.getKey())).map(Map.Entry::getValue).toList();
                StringBuilder text = new StringBuilder();
                for (Ticket t : tickets.search(TicketQuery.all()).toList()) {
                    for (Interaction i : tickets.interactions(t.id(), null)) {
                        if (seenInteractions.add(t.id().value() + "/" + i.id())) {
                            text.append(t.subject()).append('\n').append(i.body()).append('\n');
                        }
                    }
                }
                MailDecision decision = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
                h.close();
                Path ymlFile = corpus.resolve(name + ".yml");
                if (!Files.exists(ymlFile)) {
                    continue;
                }
                JsonNode expected = yaml.readTree(ymlFile.toFile());
                String expSubject = CORRECTED.getOrDefault(name + ".subject", text(expected, "subject"));
                String expFrom = CORRECTED.getOrDefault(name + ".from", text(expected, "from_email"));
                String expBody = CORRECTED.getOrDefault(name + ".body", bodyStart(expected));
                String outcome = decision == null ? "no decision" : decision.disposition().name();
                MailDisposition expectedOutcome = OUTCOMES.get(name);
                if (expectedOutcome != null && (decision == null || decision.disposition() != expectedOutcome)) {
                    outcomeMisses.add(name + ": expected " + expectedOutcome + " got " + outcome
                            + (decision == null ? "" : " (" + decision.evidence() + ")"));
                }
                if (expSubject != null) {
                    subjects++;
                    String got = decision == null ? null : norm(decision.subject());
                    if (norm(expSubject).equals(got)) {
                        subjectOk++;
                    } else {
                        misses.add(name + " subject [" + outcome + "]: expected «" + norm(expSubject) + "» got «" + got + "»");
                    }
                }
                if (expFrom != null && !expFrom.isBlank()) {
                    senders++;
                    String got = decision == null || decision.from() == null ? null : decision.from().address();
                    if (expFrom.trim().equalsIgnoreCase(got)) {
                        senderOk++;
                    } else {
                        misses.add(name + " from [" + outcome + "]: expected «" + expFrom + "» got «" + got + "»");
                    }
                }
                boolean noTicketByDesign = decision != null && (decision.disposition() == MailDisposition.BOUNCE
                        || decision.disposition() == MailDisposition.AUTOMATIC_IGNORED);
                if (decision != null && decision.disposition() == MailDisposition.QUARANTINED) {
                    outcome += " " + decision.evidence();
                }
                if (expBody != null && !expBody.isBlank() && !expBody.equals("no visible content") && !noTicketByDesign) {
                    bodies++;
                    if (squeeze(text.toString()).contains(squeeze(expBody))) {
                        bodyOk++;
                    } else {
                        misses.add(name + " body [" + outcome + "]: expected to start «" + expBody + "»; ticket text «"
                                + abbreviate(norm(text.toString())) + "»");
                    }
                }
            }
            String summary = String.format(Locale.ROOT, "subject %d/%d, sender %d/%d, body %d/%d, crashes %d%n%s",
                    subjectOk, subjects, senderOk, senders, bodyOk, bodies, crashes, String.join("\n", misses));
            System.out.println(summary);
            assertThat(crashes).as(summary).isZero();
            assertThat(outcomeMisses).as("per-mail decisions").isEmpty();
            assertThat(stuck).as("mails left in INBOX\n" + summary).isEmpty();
            assertThat(subjectOk).as(summary).isGreaterThanOrEqualTo(113);
            assertThat(senderOk).as(summary).isGreaterThanOrEqualTo(107);
            assertThat(bodyOk).as(summary).isGreaterThanOrEqualTo(68);
            assertThat(bodyOk * 79L).as("body share at least 68/79\n" + summary).isGreaterThanOrEqualTo(68L * bodies);
        }
    }

    private static List<String> inbox() throws Exception {
        ImapConnection imap = new ImapConnection(TestMail.config(GREEN_MAIL), MailAuth.passwordsOnly());
        jakarta.mail.Folder f = imap.store().getFolder("INBOX");
        f.open(jakarta.mail.Folder.READ_ONLY);
        try {
            List<String> out = new ArrayList<>();
            for (jakarta.mail.Message m : f.getMessages()) {
                out.add(String.valueOf(m.getSubject()));
            }
            return out;
        } finally {
            f.close(false);
            imap.stop();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The first words of Zammad's expected body as a person reads it (tags dropped, entities decoded). */
    static String bodyStart(JsonNode expected) {
        String body = text(expected, "body");
        if (body == null) {
            return null;
        }
        String ct = text(expected, "content_type");
        String plain = ct != null && ct.contains("html") || body.matches("(?s).*<(div|br|p|b|span|html|table)\\b.*")
                ? HtmlText.toText(body) : body;
        String n = norm(plain);
        int end = Math.min(n.length(), 40);
        return n.substring(0, end).strip();
    }

    /** Compared without whitespace, quote marks or typographic quote variants: formatting is not content. */
    static String squeeze(String s) {
        return norm(s).replaceAll("[\\s>\\u3000]+", "").replace('‘', '\'').replace('’', '\'');
    }

    static String norm(String s) {
        if (s == null) {
            return null;
        }
        return s.replace('\u00A0', ' ').replaceAll("[>\\s]+", " ").strip();
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    static Map<String, Long> count(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(v -> v, HashMap::new, Collectors.counting()));
    }
}
