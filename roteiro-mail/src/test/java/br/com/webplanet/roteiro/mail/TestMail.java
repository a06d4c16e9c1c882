package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.config.Secret;
import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import java.util.Optional;

/** GreenMail set-up shared by the tests: dynamic ports, the support mailbox, a config pointing at it. */
final class TestMail {
    static final String SUPPORT = "suporte@webplanet.com.br";
    static final String PASSWORD = "s3cret";

    private TestMail() {}

    static ServerSetup[] setups() {
        return ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP);
    }

    static MailConfig config(GreenMailOperations mail) {
        ServerConfig imap = ServerConfig.of("127.0.0.1").plainTextOn(mail.getImap().getPort())
                .withLogin(SUPPORT, Secret.of(PASSWORD));
        ServerConfig smtp = ServerConfig.of("127.0.0.1").plainTextOn(mail.getSmtp().getPort());
        return new MailConfig(imap, smtp, SUPPORT, "Suporte Webplanet", Optional.of("Enviados"),
                IntakeConfig.defaults().withOwn(List.of(SUPPORT), List.of("webplanet.com.br")),
                null, null, null, null);
    }

    /**
     * {@code base} with IMAP through a loopback proxy on {@code proxyPort}, the given intake settings and
     * acknowledgements off (tests that count or cut what crosses the network).
     */
    static MailConfig viaProxy(MailConfig base, int proxyPort, IntakeConfig intake) {
        ServerConfig imap = ServerConfig.of("127.0.0.1").plainTextOn(proxyPort).withLogin(SUPPORT, Secret.of(PASSWORD));
        return new MailConfig(imap, base.smtp(), base.from(), base.fromName(), base.sentFolder(), intake, null, null,
                new AckConfig(false, 0, null), null);
    }

    static void createSupportUser(GreenMailOperations mail) {
        mail.setUser(SUPPORT, SUPPORT, PASSWORD);
    }
}
