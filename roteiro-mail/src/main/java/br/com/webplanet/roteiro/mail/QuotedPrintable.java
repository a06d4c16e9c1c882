package br.com.webplanet.roteiro.mail;

import java.util.Arrays;

/**
 * Quoted-printable (RFC 2045 §6.7) decoding of a whole part already in memory, as Angus's
 * {@code QPDecoderStream} decodes it — trailing spaces before a line break dropped, {@code =} at a line end
 * a soft break (CRLF or a bare LF), {@code =XX} a byte, anything else after {@code =} kept as written — but
 * over the array in one pass: the stream reads byte by byte through a pushback stream, which was a fifth of
 * the time spent reading a mail. One leniency differs: {@code =-1} and similar are kept as text, where the
 * stream's number parser read a sign and ended or garbled the text.
 */
final class QuotedPrintable {
    private QuotedPrintable() {}

    /** The decoded bytes of {@code raw}, at most {@code cap}. */
    static byte[] decode(byte[] raw, int cap) {
        byte[] out = new byte[Math.min(cap, raw.length)];
        int n = 0;
        int i = 0;
        while (i < raw.length && n < out.length) {
            byte c = raw[i];
            if (c == ' ') {
                int end = i;
                while (end < raw.length && raw[end] == ' ') {
                    end++;
                }
                if (end == raw.length || raw[end] == '\r' || raw[end] == '\n') {
                    i = end;   // trailing spaces are padding, not text
                    continue;
                }
                while (i < end && n < out.length) {
                    out[n++] = ' ';
                    i++;
                }
                continue;
            }
            if (c != '=') {
                out[n++] = c;
                i++;
                continue;
            }
            if (i + 1 >= raw.length) {
                break;   // a lone '=' at the very end: nothing follows
            }
            byte a = raw[i + 1];
            if (a == '\n') {
                i += 2;   // soft line break (bare LF)
                continue;
            }
            if (a == '\r') {
                i += (i + 2 < raw.length && raw[i + 2] == '\n') ? 3 : 2;   // soft line break
                continue;
            }
            int high = i + 2 < raw.length ? hex(a) : -1;
            int low = high < 0 ? -1 : hex(raw[i + 2]);
            if (low < 0) {
                out[n++] = '=';   // not an escape: kept as written
                i++;
                continue;
            }
            out[n++] = (byte) (high << 4 | low);
            i += 3;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        return -1;
    }
}
