package dev.boundary.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One response: a status, headers, and a body that is a file or a line of text. It always says its
 * {@code Content-Length}, so the connection can carry the next request; a HEAD request gets the same
 * headers without the body.
 */
final class HttpReply {
    private static final Map<Integer, String> REASONS = Map.of(200, "OK", 301, "Moved Permanently",
            400, "Bad Request", 404, "Not Found", 405, "Method Not Allowed", 503, "Service Unavailable");

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final byte[] text;
    private final Path file;

    private HttpReply(int status, byte[] text, Path file) {
        this.status = status;
        this.text = text;
        this.file = file;
        headers.put("Cache-Control", "no-cache");
    }

    /** {@code message} and a newline as plain UTF-8 text. */
    static HttpReply text(int status, String message) {
        HttpReply reply = new HttpReply(status, (message + "\n").getBytes(StandardCharsets.UTF_8), null);
        return reply.header("Content-Type", "text/plain; charset=utf-8");
    }

    /** The file, with its content type. */
    static HttpReply file(Path file, String contentType) {
        return new HttpReply(200, null, file).header("Content-Type", contentType)
                .header("X-Content-Type-Options", "nosniff");
    }

    /** A permanent redirect to {@code location}, without a body. */
    static HttpReply redirect(String location) {
        return new HttpReply(301, new byte[0], null).header("Location", location);
    }

    HttpReply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Writes the reply; {@code close} adds {@code Connection: close}, {@code head} leaves the body out. */
    void send(OutputStream out, boolean head, boolean close) throws IOException {
        long length = file != null ? Files.size(file) : text.length;
        StringBuilder lines = new StringBuilder("HTTP/1.1 ").append(status).append(' ')
                .append(REASONS.getOrDefault(status, "Error")).append("\r\n");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            lines.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        lines.append("Content-Length: ").append(length).append("\r\n");
        if (close) {
            lines.append("Connection: close\r\n");
        }
        out.write(lines.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        if (!head) {
            if (file != null) {
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
            } else {
                out.write(text);
            }
        }
        out.flush();
    }
}
