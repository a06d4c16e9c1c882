package br.com.webplanet.roteiro.bench.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A loopback TCP proxy in front of an IMAP server: counts the client's tagged commands and adds a fixed
 * delay to everything the client sends (so each request/response round trip pays it once, as on a real
 * network). Every side of the comparison goes through it, with or without delay.
 */
final class ImapProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int targetPort;
    private final long delayNanos;
    final AtomicLong commands = new AtomicLong();
    /** Client writes forwarded (each paid the delay). */
    final AtomicLong writes = new AtomicLong();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    ImapProxy(int targetPort, long delayMicros) throws IOException {
        this.targetPort = targetPort;
        this.delayNanos = delayMicros * 1000;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "imap-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
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
            byte[] buffer = new byte[65536];
            int tagState = 0; // 0 = at line start, 1 = in tag letters, 2 = in tag digits, 3 = not a command
            try (in; out) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (fromClient) {
                        for (int i = 0; i < n; i++) {
                            byte b = buffer[i];
                            if (b == '\n') {
                                tagState = 0;
                                continue;
                            }
                            if (tagState == 0) {
                                tagState = Character.isLetter(b) ? 1 : 3;
                            } else if (tagState == 1) {
                                tagState = Character.isLetter(b) ? 1 : Character.isDigit(b) ? 2 : 3;
                            } else if (tagState == 2) {
                                if (b == ' ') {
                                    commands.incrementAndGet();
                                    tagState = 3;
                                } else if (!Character.isDigit(b)) {
                                    tagState = 3;
                                }
                            }
                        }
                        writes.incrementAndGet();
                        if (delayNanos > 0) {
                            long until = System.nanoTime() + delayNanos;
                            while (System.nanoTime() < until) {
                                LockSupport.parkNanos(until - System.nanoTime());
                            }
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // closed
            }
        }, "imap-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
