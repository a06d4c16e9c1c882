package br.com.webplanet.roteiro.examples.simulate;

import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The servers of a simulation, on loopback: GreenMail (the support mailbox and every customer's
 * mailbox), the G3stor simulator and a {@link LocalGitHub}, all on the simulation's clock. Reads what each customer received.
 */
final class SimulatedWorld implements AutoCloseable {
    final GreenMail mail;
    final G3storSimulator g3stor;
    final GreenMailUser support;
    final String mailPassword;
    final LocalGitHub github;
    private final Map<String, Integer> readUpTo = new HashMap<>();

    /** One of our mails as a customer received it. */
    record Received(String to, MimeMessage message) {}

    private SimulatedWorld(GreenMail mail, G3storSimulator g3stor, GreenMailUser support, String mailPassword,
                           LocalGitHub github) {
        this.github = github;
        this.mail = mail;
        this.g3stor = g3stor;
        this.support = support;
        this.mailPassword = mailPassword;
    }

    static SimulatedWorld start(SimClock clock, Population population, long seed) {
        String password = "sim-" + random();
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(3143, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort(),
                new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()});
        G3storSimulator g3 = null;
        try {
            mail.start();
            GreenMailUser support = mail.setUser(CustomerMails.SUPPORT, "suporte", password);
            g3 = G3storSimulator.builder().token("sim-" + random()).clock(clock).seed(seed).start();
            population.customers().forEach(g3::putCustomer);
            return new SimulatedWorld(mail, g3, support, password, new LocalGitHub(clock));
        } catch (RuntimeException e) {
            if (g3 != null) {
                g3.close();
            }
            mail.stop();
            throw e;
        }
    }

    void deliver(MimeMessage message) {
        support.deliver(message);
    }

    /** Mail that arrived in {@code address}'s mailbox since the last call, oldest first. */
    List<Received> newMailOf(String address) {
        GreenMailUser user = mail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            List<StoredMessage> all = mail.getManagers().getImapHostManager().getInbox(user).getMessages();
            int from = readUpTo.getOrDefault(address, 0);
            readUpTo.put(address, all.size());
            List<Received> out = new ArrayList<>();
            for (StoredMessage m : all.subList(Math.min(from, all.size()), all.size())) {
                out.add(new Received(address, m.getMimeMessage()));
            }
            return out;
        } catch (FolderException e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
    }

    static String text(MimeMessage m) {
        try {
            Object content = m.getContent();
            return content instanceof String s ? s : String.valueOf(m.getSubject());
        } catch (IOException | MessagingException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            github.close();
            g3stor.close();
        } finally {
            mail.stop();
        }
    }

    private static String random() {
        byte[] bytes = new byte[8];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
