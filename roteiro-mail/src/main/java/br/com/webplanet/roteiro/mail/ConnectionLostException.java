package br.com.webplanet.roteiro.mail;

import jakarta.mail.FolderClosedException;
import jakarta.mail.StoreClosedException;

/**
 * The IMAP connection failed while a message was being read: a fault of the network or the server, not of
 * the message. Reading it again on the next run will work, so the message is counted as failed (it holds
 * the checkpoint back and is retried) instead of being decided as unreadable and quarantined.
 */
final class ConnectionLostException extends RuntimeException {
    ConnectionLostException(String what, Throwable cause) {
        super(what + ": " + cause, cause);
    }

    /** Whether {@code e}, or one of its causes, is the connection failing rather than the content. */
    static boolean isConnectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FolderClosedException || t instanceof StoreClosedException
                    || t instanceof org.eclipse.angus.mail.iap.ConnectionException
                    || t instanceof java.net.SocketException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
