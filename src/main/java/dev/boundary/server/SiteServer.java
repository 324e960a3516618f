package dev.boundary.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A static file server for the built site, bound to 127.0.0.1 only.
 *
 * <p>Serves the files of one directory, optionally under a path prefix such as
 * {@code /boundary/} (as GitHub Pages does), with the content types browsers
 * insist on ({@code application/wasm} for streaming WebAssembly compilation)
 * and {@code Cache-Control: no-cache} so a rebuilt site is picked up on reload.
 * A directory is served by its {@code index.html}; a request for a directory
 * without the trailing slash is redirected to it, so relative paths resolve.
 * Paths that try to leave the directory are refused.
 *
 * <p>It answers every request itself, a malformed one too: the JDK's {@code com.sun.net.httpserver}
 * refuses a target such as {@code /?dataset=%ZZ} with its own HTML page before any handler runs, so
 * the connections are served here ({@link HttpConnection}, one thread each, kept open between requests)
 * and a malformed request gets a 400 with one line of plain text saying what is wrong.
 *
 * <pre>java -cp target/classes dev.boundary.server.SiteServer [--port N] [--dir DIR] [--prefix /boundary/]</pre>
 */
public final class SiteServer implements AutoCloseable {

    /** The default port of the command line; {@code 0} picks a free port. */
    public static final int DEFAULT_PORT = 8080;

    private static final String DEFAULT_TYPE = "application/octet-stream";
    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("json", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    /** Most connections served at once; more wait for one to end (a browser opens about six). */
    static final int MAX_CONNECTIONS = 256;

    private final ServerSocket listener;
    private final ExecutorService executor;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Path root;
    private final String prefix;
    private final URI uri;

    private SiteServer(ServerSocket listener, ExecutorService executor, Path root, String prefix) {
        this.listener = listener;
        this.executor = executor;
        this.root = root;
        this.prefix = prefix;
        this.uri = URI.create("http://127.0.0.1:" + listener.getLocalPort() + prefix);
    }

    /**
     * Starts serving {@code dir} on 127.0.0.1.
     *
     * @param dir    the directory to serve; must exist
     * @param port   the TCP port, 0–65535; 0 picks a free one (see {@link #uri()})
     * @param prefix the path the site lives under, e.g. {@code /boundary/};
     *               {@code null}, empty or {@code /} for the root
     * @return the running server; {@link #close()} stops it
     * @throws IOException if the port cannot be bound or the directory is missing
     */
    public static SiteServer start(Path dir, int port, String prefix) throws IOException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0–65535, was " + port);
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("no such directory to serve: " + dir.toAbsolutePath());
        }
        Path root = dir.toRealPath();
        String normalPrefix = normalizePrefix(prefix);
        ServerSocket listener = new ServerSocket();
        try {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        ExecutorService executor = Executors.newFixedThreadPool(MAX_CONNECTIONS, task -> {
            Thread thread = new Thread(task, "site-server");
            thread.setDaemon(true);
            return thread;
        });
        SiteServer site = new SiteServer(listener, executor, root, normalPrefix);
        Thread acceptor = new Thread(site::accept, "site-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return site;
    }

    /** Hands each new connection to a thread of its own until the server closes. */
    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                open.add(socket);
                executor.execute(() -> {
                    try {
                        new HttpConnection(socket, this::answer).run();
                    } finally {
                        open.remove(socket);
                    }
                });
            } catch (IOException | java.util.concurrent.RejectedExecutionException e) {
                // closed: the loop ends
            }
        }
    }

    /** The address of the site, e.g. {@code http://127.0.0.1:8080/boundary/}; always ends with {@code /}. */
    public URI uri() {
        return uri;
    }

    /** Stops serving at once; requests in progress are cut off. */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
        executor.shutdownNow();
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    static String normalizePrefix(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return "/";
        }
        String result = prefix.trim();
        if (!result.startsWith("/")) {
            result = "/" + result;
        }
        if (!result.endsWith("/")) {
            result = result + "/";
        }
        if (hasUnsafeSegment(result)) {
            throw new IllegalArgumentException("prefix must be a plain path such as /boundary/, was " + prefix);
        }
        return result;
    }

    static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, DEFAULT_TYPE);
    }

    private static boolean hasUnsafeSegment(String path) {
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return true;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return true;
            }
        }
        return false;
    }

    /** The reply to {@code request}: the file it names, a redirect, or a refusal in one line. */
    private HttpReply answer(HttpRequest request) {
        String method = request.method;
        if (!method.equals("HEAD") && !method.equals("GET")) {
            return HttpReply.text(405, "Method not allowed: " + method).header("Allow", "GET, HEAD");
        }
        String path = request.path;
        if (hasUnsafeSegment(path)) {
            return HttpReply.text(400, "Bad path: " + request.target);
        }
        if (path.equals(prefix.substring(0, prefix.length() - 1))) {
            return HttpReply.redirect(prefix);
        }
        if (!path.startsWith(prefix)) {
            return HttpReply.text(404, "Not found: " + path);
        }
        String relative = path.substring(prefix.length()).replaceFirst("^/+", "");
        try {
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root)) {
                return HttpReply.text(404, "Not found: " + path);
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    return HttpReply.redirect(path + "/");
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root)) {
                return HttpReply.text(404, "Not found: " + path);
            }
            return HttpReply.file(file, contentType(file.getFileName().toString()));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return HttpReply.text(404, "Not found: " + path);
        }
    }

    /**
     * Serves the site until the process is killed.
     *
     * @param args {@code [--port N] [--dir DIR] [--prefix /boundary/]}
     */
    public static void main(String[] args) throws InterruptedException {
        int port = DEFAULT_PORT;
        Path dir = Path.of("target", "boundary-site");
        String prefix = "/";
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                System.out.println(usage());
                return;
            }
            if (!option.equals("--port") && !option.equals("--dir") && !option.equals("--prefix")) {
                exit("unknown option " + option);
            }
            if (i + 1 >= args.length) {
                exit("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> port = parsePort(value);
                case "--dir" -> dir = directory(value);
                default -> prefix = value;
            }
        }
        if (!Files.isRegularFile(dir.resolve("index.html"))) {
            exit("no index.html in " + dir.toAbsolutePath() + " (build the site first: mvn package)");
        }
        SiteServer site;
        try {
            site = start(dir, port, prefix);
        } catch (BindException e) {
            exit("port " + port + " is in use; choose another with --port (0 = any free port)");
            return;
        } catch (IOException | IllegalArgumentException e) {
            exit(String.valueOf(e.getMessage()));
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(site::close));
        System.out.println("Boundary is served at " + site.uri());
        System.out.println("Press Ctrl+C to stop.");
        new CountDownLatch(1).await();
    }

    private static Path directory(String value) {
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            exit("--dir must be a folder, was " + value);
            return null;
        }
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        exit("--port must be a number from 0 to 65535, was " + value);
        return -1;
    }

    private static String usage() {
        return "usage: java -cp target/classes dev.boundary.server.SiteServer"
                + " [--port N (default " + DEFAULT_PORT + ", 0 = any free port)]"
                + " [--dir DIR (default target/boundary-site)] [--prefix /boundary/]";
    }

    /** One line on standard error, never a stack trace, and exit status 2. */
    private static void exit(String message) {
        System.err.println("SiteServer: " + message + " (--help lists the options)");
        System.exit(2);
    }
}
