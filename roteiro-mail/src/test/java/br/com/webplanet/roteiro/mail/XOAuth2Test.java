package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class XOAuth2Test {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.setups());

    @Test
    void imapLogsInWithATokenFromTheSupplierAskedOnEveryConnect() throws Exception {
        TestMail.createSupportUser(GREEN_MAIL);
        List<String> asked = new ArrayList<>();
        TokenSupplier tokens = (host, user) -> {
            asked.add(user + "@" + host);
            return TestMail.PASSWORD;
        };
        ServerConfig server = TestMail.config(GREEN_MAIL).imap().withAuth(AuthMode.XOAUTH2);
        ImapConnection imap = new ImapConnection(server, new MailAuth(Optional.of(tokens)));
        try {
            assertThat(imap.store().isConnected()).isTrue();
        } finally {
            imap.stop();
        }
        assertThat(asked).containsExactly(TestMail.SUPPORT + "@127.0.0.1");
    }

    @Test
    void xoauth2WithoutATokenSupplierSaysWhatIsMissing() {
        ServerConfig server = TestMail.config(GREEN_MAIL).imap().withAuth(AuthMode.XOAUTH2);
        ImapConnection imap = new ImapConnection(server, MailAuth.passwordsOnly());
        assertThatThrownBy(imap::store).hasMessageContaining("no TokenSupplier is bound");
    }
}
