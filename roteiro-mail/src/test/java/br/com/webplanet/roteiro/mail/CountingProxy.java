package br.com.webplanet.roteiro.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A TCP proxy on loopback in front of an IMAP server that counts the client's tagged commands and the
 * bytes the server sends, so a test sees exactly what crosses the network.
 */
final class CountingProxy implements AutoCloseable {
    private static final Pattern COMMAND = Pattern.compile("^[A-Za-z]+\\d+ [A-Za-z].*");
    private final ServerSocket server;
    private final int targetPort;
    final AtomicLong commands = new AtomicLong();
    final AtomicLong serverBytes = new AtomicLong();
    final List<String> commandLines = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    /** When positive: every connection is cut once the server has sent more than this many bytes. */
    private volatile long cutAfterServerBytes;

    CountingProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "counting-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Cuts every connection (as a network failure would) once the server has sent more than {@code bytes}. */
    void cutAfter(long bytes) {
        cutAfterServerBytes = bytes;
    }

    void reset() {
        commands.set(0);
        serverBytes.set(0);
        commandLines.clear();
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
            byte[] buffer = new byte[16384];
            try (in; out) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (fromClient) {
                        for (int i = 0; i < n; i++) {
                            char c = (char) (buffer[i] & 0xFF);
                            if (c == '\n') {
                                if (COMMAND.matcher(line).matches()) {
                                    commands.incrementAndGet();
                                    String l = line.toString().replaceAll("(?i)^(\\S+ LOGIN) .*", "$1 ***");
                                    commandLines.add(l.length() > 120 ? l.substring(0, 120) : l);
                                }
                                line.setLength(0);
                            } else if (c != '\r' && line.length() < 400) {
                                line.append(c);
                            }
                        }
                    } else {
                        long sent = serverBytes.addAndGet(n);
                        long cut = cutAfterServerBytes;
                        if (cut > 0 && sent > cut) {
                            for (Socket s : sockets) {
                                s.close();
                            }
                            return;
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // connection closed
            }
        }, "counting-proxy-pump");
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
