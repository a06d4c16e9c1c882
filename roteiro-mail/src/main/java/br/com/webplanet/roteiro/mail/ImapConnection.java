package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.spi.Service;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.util.Objects;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IMAP store of the support mailbox, shared by intake and the Sent folder. Connects lazily on first
 * use (so a mail server that is down fails the mail step, not the whole run) and reconnects when the
 * connection was lost. A {@link Service}: the engine closes it at the end.
 */
public final class ImapConnection implements Service {
    private static final Logger LOG = LoggerFactory.getLogger(ImapConnection.class);
    private final ServerConfig server;
    private final MailAuth auth;
    private final Session session;
    private IMAPStore store;
    /** Folders seen to exist on this connection, so appends skip the LIST round trip. */
    private final java.util.Set<String> knownFolders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Inject
    public ImapConnection(MailConfig config, MailAuth auth) {
        this(config.imap(), auth);
    }

    public ImapConnection(ServerConfig server, MailAuth auth) {
        this.server = Objects.requireNonNull(server, "server is null");
        this.auth = Objects.requireNonNull(auth, "auth is null");
        this.session = MailSessions.imap(server);
    }

    @Override
    public void start() {
        LOG.debug("IMAP {}://{}:{} ready (connects on first use)", MailSessions.imapProtocol(server), server.host(),
                MailSessions.imapPort(server));
    }

    public Session session() {
        return session;
    }

    /** The connected store, reconnecting if needed. */
    public synchronized IMAPStore store() throws MessagingException {
        if (store == null || !store.isConnected()) {
            closeQuietly();
            store = newStore();
        }
        return store;
    }

    /** A new, connected store of its own (e.g. for IDLE, which holds a connection); the caller closes it. */
    public IMAPStore newStore() throws MessagingException {
        IMAPStore s = (IMAPStore) session.getStore(MailSessions.imapProtocol(server));
        String secret;
        try {
            secret = auth.secret(server);
        } catch (Exception e) {
            throw new MessagingException("could not get credentials for " + server.host() + ": " + e.getMessage(), e);
        }
        s.connect(server.host(), MailSessions.imapPort(server), auth.user(server), secret);
        return s;
    }

    /** Opens {@code name}, creating it first when it does not exist. */
    public Folder folder(String name, int mode, boolean create) throws MessagingException {
        Folder f = store().getFolder(name);
        if (!f.exists()) {
            if (!create) {
                throw new MessagingException("IMAP folder '" + name + "' does not exist");
            }
            f.create(Folder.HOLDS_MESSAGES);
        }
        f.open(mode);
        return f;
    }

    /** Appends a copy of {@code message} (e.g. to the Sent folder), creating the folder when missing. */
    public void append(String folderName, Message message) throws MessagingException {
        Folder f = store().getFolder(folderName);
        createIfMissing(f);
        f.appendMessages(new Message[] {message});
    }

    /** Creates {@code folder} when missing; asked once per connection, so repeated appends and moves skip the LIST. */
    void createIfMissing(Folder folder) throws MessagingException {
        String name = folder.getFullName();
        if (!knownFolders.contains(name)) {
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            knownFolders.add(name);
        }
    }

    @Override
    public synchronized void stop() {
        closeQuietly();
    }

    private void closeQuietly() {
        knownFolders.clear();
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException e) {
                LOG.debug("closing IMAP store: {}", e.getMessage());
            }
            store = null;
        }
    }
}
