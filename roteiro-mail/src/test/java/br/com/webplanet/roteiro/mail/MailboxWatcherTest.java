package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailboxWatcherTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.setups());

    private void deliveredMailWakesTheWatcher(boolean idle) throws Exception {
        TestMail.createSupportUser(GREEN_MAIL);
        MailConfig config = TestMail.config(GREEN_MAIL).withWatch(
                new WatchConfig(Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofSeconds(2), idle));
        ImapConnection imap = new ImapConnection(config, MailAuth.passwordsOnly());
        MailboxWatcher watcher = new MailboxWatcher(config, imap);
        Semaphore calls = new Semaphore(0);
        watcher.watch(calls::release);
        try {
            assertThat(calls.tryAcquire(10, TimeUnit.SECONDS)).as("first call on start").isTrue();

            GREEN_MAIL.setUser(TestMail.SUPPORT, TestMail.PASSWORD).deliver(Harness.mail("a@cliente.com.br", "Oi", "Novo"));

            assertThat(calls.tryAcquire(10, TimeUnit.SECONDS)).as("woken by new mail").isTrue();
        } finally {
            watcher.stop();
            imap.stop();
        }
        assertThat(watcher.isWatching()).isFalse();
    }

    @Test
    void newMailWakesTheWatcherWithIdle() throws Exception {
        deliveredMailWakesTheWatcher(true);
    }

    @Test
    void newMailWakesTheWatcherByPolling() throws Exception {
        deliveredMailWakesTheWatcher(false);
    }
}
