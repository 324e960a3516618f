package dev.boundary.server;

import dev.boundary.core.math.Quote;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The head of one HTTP/1.x request (RFC 9112), read and checked before anything is served: the request
 * line {@code METHOD /path?query HTTP/1.1}, then header lines up to a blank line. Whatever does not fit
 * that form throws {@link Malformed} with one line for people, which the server sends back as a 400.
 *
 * <p>The target's {@code %} escapes must each be followed by two hex digits (in the query too), and the
 * path must decode to UTF-8 text; characters that browsers send unescaped ({@code | ^ [ ]}) are taken as
 * they are. Limits: a line of {@link #MAX_LINE} bytes, {@link #MAX_HEADERS} header lines.
 */
final class HttpRequest {
    /** Longest request or header line, in bytes. */
    static final int MAX_LINE = 8192;
    /** Most header lines. */
    static final int MAX_HEADERS = 100;
    /** Longest request body read past (none is used: this server only serves GET and HEAD). */
    static final long MAX_BODY = 1 << 20;

    final String method;
    /** The target as sent, e.g. {@code /index.html?dataset=xor}. */
    final String target;
    /** The target's path, percent-decoded, e.g. {@code /index.html}. */
    final String path;
    /** Whether the client may send another request on this connection. */
    final boolean keepAlive;
    /**
     * The length of the body that follows the head, which the server reads past: 0 for none, -1 when
     * unknown (chunked, or too long to be worth reading), and the connection then closes.
     */
    final long bodyLength;

    private HttpRequest(String method, String target, String path, boolean keepAlive, long bodyLength) {
        this.method = method;
        this.target = target;
        this.path = path;
        this.keepAlive = keepAlive;
        this.bodyLength = bodyLength;
    }

    /** A request that cannot be served; the message is one line for people. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super("Bad request: " + message);
        }
    }

    /**
     * The next request's head on {@code in}, or null when the client closed the connection before
     * sending one.
     *
     * @throws Malformed when the head is not a well-formed request
     * @throws IOException when the connection fails or times out
     */
    static HttpRequest read(InputStream in) throws IOException, Malformed {
        String requestLine = line(in, true);
        while (requestLine != null && requestLine.isEmpty()) {
            requestLine = line(in, true); // RFC 9112 §2.2: ignore empty lines before a request line
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || !parts[2].matches("HTTP/1\\.[0-9]")) {
            throw new Malformed("the request line " + Quote.of(requestLine) + " is not of the form METHOD /path HTTP/1.1");
        }
        String target = parts[1];
        if (!target.startsWith("/")) {
            throw new Malformed("the address " + Quote.of(target) + " does not start with /");
        }
        boolean http10 = parts[2].equals("HTTP/1.0");
        boolean close = http10;
        long bodyLength = 0;
        for (int count = 1; ; count++) {
            String header = line(in, false);
            if (header.isEmpty()) {
                break;
            }
            if (count > MAX_HEADERS) {
                throw new Malformed("it has more than " + MAX_HEADERS + " header lines");
            }
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new Malformed("header line " + count + " (" + Quote.of(header) + ") has no colon");
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            if (name.equals("connection")) {
                close = value.contains("close") || http10 && !value.contains("keep-alive");
            } else if (name.equals("transfer-encoding")) {
                bodyLength = -1;
            } else if (name.equals("content-length") && bodyLength >= 0) {
                bodyLength = value.matches("[0-9]{1,7}") && Long.parseLong(value) <= MAX_BODY
                        ? Long.parseLong(value) : -1;
            }
        }
        return new HttpRequest(parts[0], target, decodedPath(target), !close && bodyLength >= 0, bodyLength);
    }

    /** The path of {@code target} (before any {@code ?}), its escapes decoded as UTF-8. */
    static String decodedPath(String target) throws Malformed {
        int query = target.indexOf('?');
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= ' ' || c == 0x7F) {
                throw new Malformed(Quote.of(target) + " holds a space or an invisible character");
            }
            if (c == '%') {
                int high = i + 2 < target.length() ? Character.digit(target.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(target.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    throw new Malformed(Quote.of(target) + " has a % that is not followed by two hex digits"
                            + " (write % as %25)");
                }
                if (query < 0 || i < query) {
                    bytes.write(high * 16 + low);
                }
                i += 2;
            } else if (query < 0 || i < query) {
                bytes.write(c); // the line was read as ISO-8859-1: c is the byte that was sent
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Malformed("the path of " + Quote.of(target) + " is not UTF-8 text");
        }
    }

    /**
     * One line, without its CR LF (a bare LF is accepted too), as ISO-8859-1 so each char is one byte.
     * Null at the end of input when {@code endAllowed} and nothing was read.
     */
    private static String line(InputStream in, boolean endAllowed) throws IOException, Malformed {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (endAllowed && line.length() == 0) {
                    return null;
                }
                throw new IOException("the connection closed inside a request");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new Malformed("a line of the request is longer than " + MAX_LINE + " bytes");
            }
            if (b < 0x20 && b != '\r' && b != '\t' || b == 0x7F) {
                throw new Malformed("the request holds the control character U+" + String.format("%04X", b));
            }
            line.append((char) b);
        }
    }
}
