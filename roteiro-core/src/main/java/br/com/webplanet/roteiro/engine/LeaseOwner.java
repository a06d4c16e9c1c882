package br.com.webplanet.roteiro.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A runner's name in leases: {@code host:pid:random}. A lease held by a process of this host
 * that no longer exists (killed, crashed) can be taken over at once instead of waiting for it to expire.
 */
final class LeaseOwner {
    private static final String HOST = host();

    private LeaseOwner() {}

    static String newOwner() {
        return HOST + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** Whether {@code owner} names a process on this host that is gone. */
    static boolean isDeadLocalProcess(String owner) {
        String[] parts = owner.split(":");
        if (parts.length != 3 || !parts[0].equals(HOST)) {
            return false;
        }
        try {
            long pid = Long.parseLong(parts[1]);
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String host() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.trim().replace(':', '_');
        }
        try {
            return Files.readString(Path.of("/etc/hostname")).trim().replace(':', '_');
        } catch (IOException | RuntimeException e) {
            return "localhost";
        }
    }
}
