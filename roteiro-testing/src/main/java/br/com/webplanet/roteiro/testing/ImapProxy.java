package br.com.webplanet.roteiro.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

/**
 * A TCP proxy on loopback in front of an IMAP server, so a test or a benchmark sees what crosses the
 * network: it counts the client's tagged commands (and keeps their lines, LOGIN arguments hidden), the
 * client's writes and the bytes the server sends. It can add a fixed delay to every client write — each
 * request/response round trip then pays it once, as on a real network — cap the server's bytes per second
 * (a link slower than loopback: the transfer, not the CPU, then sets the pace), and cut every connection
 * once the server has sent a given number of bytes, as a network failure would.
 */
public final class ImapProxy implements AutoCloseable {
    private static final Pattern COMMAND = Pattern.compile("^[A-Za-z]+\\d+ [A-Za-z].*");
    /** A LOGIN command, whose arguments (user and password) are never kept. */
    private static final Pattern LOGIN = Pattern.compile("(?i)^(\\S+ LOGIN) .*");
    private static final int MAX_LINE = 400;
    /** How far behind its schedule a capped link may catch up (the bucket of a token-bucket shaper). */
    private static final long LINK_BURST_NANOS = 5_000_000;
    private final ServerSocket server;
    private final int targetPort;
    private final long delayNanos;
    /** Nanoseconds one server byte takes on the capped link (0: as fast as loopback). */
    private final double nanosPerServerByte;
    /** Tagged commands the client sent. */
    public final AtomicLong commands = new AtomicLong();
    /** Client writes forwarded (each paid the delay, if any). */
    public final AtomicLong writes = new AtomicLong();
    /** Bytes the server sent. */
    public final AtomicLong serverBytes = new AtomicLong();
    /** The commands' lines (up to 120 characters each), guarded by itself. */
    private final List<String> lines = new ArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile long cutAfterServerBytes;

    /** A proxy to {@code targetPort} on loopback without added delay. */
    public ImapProxy(int targetPort) throws IOException {
        this(targetPort, 0);
    }

    /** A proxy to {@code targetPort} on loopback adding {@code delayMicros} to every client write. */
    public ImapProxy(int targetPort, long delayMicros) throws IOException {
        this(targetPort, delayMicros, 0);
    }

    /**
     * A proxy to {@code targetPort} on loopback adding {@code delayMicros} to every client write and sending
     * the server's bytes at most at {@code serverBitsPerSecond} (0: no cap).
     */
    public ImapProxy(int targetPort, long delayMicros, long serverBitsPerSecond) throws IOException {
        this.targetPort = targetPort;
        this.delayNanos = delayMicros * 1000;
        this.nanosPerServerByte = serverBitsPerSecond <= 0 ? 0 : 8e9 / serverBitsPerSecond;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "imap-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    /**
     * The commands' lines so far (up to 120 characters each; LOGIN's arguments hidden). A list kept, not
     * copied on every write: a Camel run sends 90,000 commands through the proxy.
     */
    public List<String> commandLines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Cuts every connection once the server has sent more than {@code bytes} in all. */
    public void cutAfter(long bytes) {
        cutAfterServerBytes = bytes;
    }

    /** Counters and lines back to zero. */
    public void reset() {
        commands.set(0);
        writes.set(0);
        serverBytes.set(0);
        synchronized (lines) {
            lines.clear();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(upstream);
                pump(client.getInputStream(), upstream.getOutputStream(), true);
                pump(upstream.getInputStream(), client.getOutputStream(), false);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(InputStream in, OutputStream out, boolean fromClient) {
        Thread t = new Thread(() -> {
            StringBuilder line = new StringBuilder();
            // capped: read in slices a link would carry in about a millisecond, so the pace stays even
            byte[] buffer = new byte[!fromClient && nanosPerServerByte > 0
                    ? (int) Math.max(1460, Math.min(65536, 1_000_000 / nanosPerServerByte)) : 65536];
            long linkFreeAt = 0;
            try (in; out) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (fromClient) {
                        countCommands(buffer, n, line);
                        writes.incrementAndGet();
                        pause(System.nanoTime() + delayNanos);
                    } else if (cut(serverBytes.addAndGet(n))) {
                        return;
                    } else if (nanosPerServerByte > 0) {
                        // a token bucket, as a shaper's "rate … burst …": the slice leaves once the link has carried
                        // the ones before it; a pump woken late (its CPU taken by the client's own threads) may
                        // catch up by LINK_BURST_NANOS, since a real link goes on carrying bytes meanwhile
                        linkFreeAt = Math.max(linkFreeAt, System.nanoTime() - LINK_BURST_NANOS)
                                + (long) (n * nanosPerServerByte);
                        pause(linkFreeAt);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // connection closed
            }
        }, "imap-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private void countCommands(byte[] buffer, int n, StringBuilder line) {
        for (int i = 0; i < n; i++) {
            char c = (char) (buffer[i] & 0xFF);
            if (c == '\n') {
                if (COMMAND.matcher(line).matches()) {
                    commands.incrementAndGet();
                    String l = LOGIN.matcher(line).replaceAll("$1 ***");
                    synchronized (lines) {
                        lines.add(l.length() > 120 ? l.substring(0, 120) : l);
                    }
                }
                line.setLength(0);
            } else if (c != '\r' && line.length() < MAX_LINE) {
                line.append(c);
            }
        }
    }

    private static void pause(long until) {
        for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /** Closes every connection when the server has sent more than the cut allows; true when it did. */
    private boolean cut(long sent) throws IOException {
        long limit = cutAfterServerBytes;
        if (limit <= 0 || sent <= limit) {
            return false;
        }
        for (Socket s : sockets) {
            s.close();
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
