package br.com.webplanet.roteiro.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImapProxyTest {

    @Test
    void aCappedLinkCarriesEveryByteAndNoFasterThanItsRate() throws Exception {
        byte[] sent = new byte[1_000_000];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = (byte) (i * 31);
        }
        try (ServerSocket upstream = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ImapProxy proxy = new ImapProxy(upstream.getLocalPort(), 0, 40_000_000)) {   // 5 MB/s
            Thread server = new Thread(() -> {
                try (Socket s = upstream.accept(); OutputStream out = s.getOutputStream()) {
                    out.write(sent);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            server.start();
            long t0 = System.nanoTime();
            byte[] received;
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
                 InputStream in = client.getInputStream()) {
                received = in.readAllBytes();
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            server.join();

            assertThat(Arrays.equals(received, sent)).as("bytes carried intact and in order").isTrue();
            assertThat(proxy.serverBytes.get()).isEqualTo(sent.length);
            // 1,000,000 bytes at 5,000,000 bytes/s: 200 ms, less the first slice and the 5 ms burst
            assertThat(millis).as("1 MB at 40 Mbit/s took %d ms", millis).isGreaterThanOrEqualTo(185);
        }
    }
}
