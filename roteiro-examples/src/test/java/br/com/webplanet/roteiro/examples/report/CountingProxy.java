package br.com.webplanet.roteiro.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * An HTTP proxy on loopback that answers every request with 502 and remembers its request line,
 * so a test can see whether a browser tried to reach the network.
 */
public final class CountingProxy implements AutoCloseable {
    /**
     * Chromium's own background services (component updates, sign-in pre-connect, time queries),
     * which it contacts whatever page it shows; anything else reaching the proxy came from the page.
     * The tests also check that the page itself references none of these hosts.
     */
    private static final Pattern BROWSER_SERVICES = Pattern.compile("^(CONNECT |[A-Z]+ https?://)([a-z0-9-]+\\.)*"
            + "(google\\.com|googleapis\\.com|gstatic\\.com|gvt1\\.com|googleusercontent\\.com)[:/].*");

    private final ServerSocket server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public CountingProxy() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "counting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Request lines seen so far, e.g. {@code GET http://example.invalid/a.png HTTP/1.1}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The requests that did not come from Chromium's own background services: the page's. */
    public List<String> pageRequests() {
        return requests.stream().filter(r -> !BROWSER_SERVICES.matcher(r).matches()).toList();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread handler = new Thread(() -> answer(socket), "counting-proxy-conn");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            socket.setSoTimeout(5_000);
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            if (!line.isEmpty()) {
                requests.add(line.toString());
            }
            out.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // the browser hung up; the request line, if any, is recorded
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
