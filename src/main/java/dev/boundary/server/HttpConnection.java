package dev.boundary.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.function.Function;

/**
 * Serves the requests of one connection, one after another (HTTP/1.1 keeps a connection open between
 * requests): reads a request's head ({@link HttpRequest}), asks {@code site} for the reply and sends it.
 * A malformed request gets a 400 with one line of text and the connection is closed; so is one whose
 * body is chunked or long (a short body is read past), and one that stays silent for {@link #IDLE_MS}.
 * Before closing after a reply, the server stops writing and reads what the client still sends for a
 * moment, so the client gets the reply instead of a reset connection.
 */
final class HttpConnection implements Runnable {
    /** How long a connection may wait for its next request, in ms (as the JDK's own server: 30 s). */
    static final int IDLE_MS = 30_000;

    private final Socket socket;
    private final Function<HttpRequest, HttpReply> site;

    HttpConnection(Socket socket, Function<HttpRequest, HttpReply> site) {
        this.socket = socket;
        this.site = site;
    }

    @Override
    public void run() {
        try (socket) {
            socket.setSoTimeout(IDLE_MS);
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            while (true) {
                HttpRequest request;
                try {
                    request = HttpRequest.read(in);
                } catch (HttpRequest.Malformed e) {
                    HttpReply.text(400, e.getMessage()).send(out, false, true);
                    closeGently(in);
                    return;
                }
                if (request == null) {
                    return;
                }
                if (request.bodyLength > 0) {
                    in.skipNBytes(request.bodyLength);
                }
                site.apply(request).send(out, request.method.equals("HEAD"), !request.keepAlive);
                if (!request.keepAlive) {
                    closeGently(in);
                    return;
                }
            }
        } catch (IOException e) {
            // The client went away, timed out or the server is closing: nothing to answer.
        }
    }

    /** Ends the sending side and reads what is left for up to a second, then the socket may close. */
    private void closeGently(InputStream in) throws IOException {
        socket.shutdownOutput();
        socket.setSoTimeout(1000);
        byte[] rest = new byte[8192];
        long read = 0;
        while (read < HttpRequest.MAX_BODY) {
            int n = in.read(rest);
            if (n < 0) {
                return;
            }
            read += n;
        }
    }
}
