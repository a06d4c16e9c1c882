package br.com.webplanet.roteiro.examples.demo;

import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@code roteiro demo} needs, on loopback only: an embedded GreenMail (IMAP + SMTP)
 * holding the support mailbox of a pt-BR morning, the G3stor simulator seeded with customers,
 * tickets, attendances, architects and a pending romaneio, and a generated {@code roteiro-demo.yaml}
 * pointing every module at them (GitHub in dry-run, an H2 journal in the demo directory).
 * Secrets go through {@code ${ENV:…}} like in a real configuration; {@link #environment()} holds them.
 */
public final class DemoEnvironment implements AutoCloseable {
    /** The seven routine steps the demo runs. */
    public static final List<String> ROUTINE = List.of("mail.triage", "g3stor.review-yesterday",
            "textura.architects", "g3stor.update-status", "textura.romaneios", "g3stor.waiting-customers",
            "github.open-issues");
    static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");

    private final GreenMail mail;
    private final G3storSimulator g3stor;
    private final Map<String, String> secrets;
    private final Path configFile;
    private final int seededMessages;

    private DemoEnvironment(GreenMail mail, G3storSimulator g3stor, Map<String, String> secrets, Path configFile,
                            int seededMessages) {
        this.mail = mail;
        this.g3stor = g3stor;
        this.secrets = Map.copyOf(secrets);
        this.configFile = configFile;
        this.seededMessages = seededMessages;
    }

    /** Starts and seeds everything for {@code clock}'s today and writes the configuration into {@code dir}. */
    public static DemoEnvironment start(Path dir, Clock clock) {
        Objects.requireNonNull(dir, "dir is null");
        String password = "demo-" + random();
        String token = "g3-" + random();
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(3143, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort(),
                new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()});
        G3storSimulator g3stor = null;
        try {
            mail.start();
            GreenMailUser user = mail.setUser(DemoMorning.SUPPORT, "suporte", password);
            List<MimeMessage> morning = DemoMorning.messages(clock.instant());
            morning.forEach(user::deliver);
            g3stor = G3storSimulator.builder().token(token).clock(clock).start();
            BusinessCalendar calendar = BusinessCalendar.brazil(ZONE, LocalTime.of(8, 0), LocalTime.of(18, 0), Map.of());
            new DemoG3stor(g3stor, clock.instant(), calendar).seed(LocalDate.now(clock.withZone(ZONE)));
            Files.createDirectories(dir);
            Map<String, String> env = Map.of(DemoConfig.MAIL_PASSWORD_ENV, password, DemoConfig.G3STOR_TOKEN_ENV, token);
            Path config = DemoConfig.write(dir.resolve("roteiro-demo.yaml"), dir, mail.getImap().getPort(),
                    mail.getSmtp().getPort(), g3stor.baseUrl());
            return new DemoEnvironment(mail, g3stor, env, config, morning.size());
        } catch (IOException | RuntimeException e) {
            if (g3stor != null) {
                g3stor.close();
            }
            mail.stop();
            throw e instanceof IOException io ? new UncheckedIOException("the demo could not start", io)
                    : (RuntimeException) e;
        }
    }

    public Path configFile() {
        return configFile;
    }

    /** {@code base} plus the demo's secrets, for {@code Roteiro.builder().environment(...)}. */
    public Map<String, String> environment(Map<String, String> base) {
        Map<String, String> env = new HashMap<>(base);
        env.putAll(secrets);
        return env;
    }

    public GreenMail mail() {
        return mail;
    }

    public G3storSimulator g3stor() {
        return g3stor;
    }

    public int seededMessages() {
        return seededMessages;
    }

    public String imapAddress() {
        return "127.0.0.1:" + mail.getImap().getPort();
    }

    public String smtpAddress() {
        return "127.0.0.1:" + mail.getSmtp().getPort();
    }

    @Override
    public void close() {
        try {
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
