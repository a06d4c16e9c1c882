package br.com.webplanet.roteiro.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identity of received mail that carries no Message-ID. Our own Message-ID, subject-tag and body-marker
 * scheme lives in core ({@link br.com.webplanet.roteiro.model.TicketMailScheme}), shared by every module
 * that sends mail.
 */
final class MessageIds {
    private MessageIds() {}

    /** A stable id for a message that has no Message-ID, from what does not change when it is moved. */
    static String synthetic(String... parts) {
        return "<synthetic." + sha256Hex(parts).substring(0, 32) + "@roteiro.invalid>";
    }

    /** SHA-256 of the parts (each followed by a NUL), in hex. */
    static String sha256Hex(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
