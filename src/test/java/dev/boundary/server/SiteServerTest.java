package dev.boundary.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The static file server the browser checks (and people) use: content types, index files, refusals. */
class SiteServerTest {

    @TempDir
    Path site;
    @TempDir
    Path outside;

    private SiteServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void serveATinySite() throws IOException {
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>home</title>");
        Files.write(site.resolve("boundary.wasm"), new byte[] {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00});
        Files.writeString(site.resolve("boundary.js"), "main([]);");
        Files.writeString(site.resolve("style.css"), "body{}");
        Files.writeString(site.resolve("iris.csv"), "x,y,label\n");
        Files.writeString(site.resolve("manifest.webmanifest"), "{}");
        Files.createDirectories(site.resolve("docs"));
        Files.writeString(site.resolve("docs/index.html"), "<!doctype html><title>docs</title>");
        Files.writeString(outside.resolve("secret.txt"), "secret");
        server = SiteServer.start(site, 0, "/");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return get(server.uri().resolve(path));
    }

    /** Sends a request line exactly as written, so no client can tidy up the path first. */
    private String rawStatusLine(String path) throws IOException {
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        return response.substring(0, response.indexOf("\r\n"));
    }

    /** Sends {@code request} as it is and returns everything the server answers until it closes. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.uri().getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** The body of a raw response: what follows the blank line after the headers. */
    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    private static String header(String response, String name) {
        for (String line : response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith(name.toLowerCase(java.util.Locale.ROOT) + ":")) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return "";
    }

    /** A malformed request gets a 400 from this server: plain text, one line saying what is wrong. */
    private void assertOneLineRefusal(String request, String expectedLine) throws IOException {
        String response = raw(request);
        assertEquals("HTTP/1.1 400 Bad Request", response.substring(0, response.indexOf("\r\n")), response);
        assertEquals("text/plain; charset=utf-8", header(response, "Content-Type"), response);
        assertEquals(expectedLine + "\n", body(response));
    }

    @Test
    void aMalformedPercentEscapeGetsOneLineFromTheServer() throws Exception {
        assertOneLineRefusal("GET /?dataset=%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                "Bad request: \"/?dataset=%ZZ\" has a % that is not followed by two hex digits (write % as %25)");
        assertOneLineRefusal("GET /index.html%4 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                "Bad request: \"/index.html%4\" has a % that is not followed by two hex digits (write % as %25)");
        assertOneLineRefusal("GET /%C3%28 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                "Bad request: the path of \"/%C3%28\" is not UTF-8 text");
    }

    @Test
    void aMalformedRequestLineOrHeaderGetsOneLineFromTheServer() throws Exception {
        assertOneLineRefusal("GARBAGE\r\n\r\n",
                "Bad request: the request line \"GARBAGE\" is not of the form METHOD /path HTTP/1.1");
        assertOneLineRefusal("GET index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                "Bad request: the address \"index.html\" does not start with /");
        assertOneLineRefusal("GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n",
                "Bad request: header line 1 (\"Host 127.0.0.1\") has no colon");
        String longPath = "/" + "a".repeat(10_000);
        String response = raw("GET " + longPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 400 Bad Request\r\n"), response.substring(0, 40));
        assertTrue(body(response).length() < 200, body(response));
    }

    @Test
    void charactersBrowsersSendUnescapedAreServedOrNotFound() throws Exception {
        // Browsers leave | ^ [ ] as they are in a path: no file by that name, so 404, not a refusal.
        assertEquals("HTTP/1.1 404 Not Found", rawStatusLine("/a|b^c[d]"));
        assertEquals("HTTP/1.1 200 OK", rawStatusLine("/index.html?dataset=%E2%9C%93&x=a|b"));
    }

    @Test
    void keepsTheConnectionForTheNextRequest() throws Exception {
        String response = raw("GET /boundary.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                + "HEAD /style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                + "GET /style.css HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        String[] answers = response.split("HTTP/1.1 ", -1);
        assertEquals(4, answers.length, response);
        assertTrue(answers[1].startsWith("200 OK") && answers[1].endsWith("main([]);"), answers[1]);
        // HEAD: the length of the file, and no body (else the next answer would not start where it does).
        assertTrue(answers[2].startsWith("200 OK"), answers[2]);
        assertTrue(answers[2].toLowerCase(java.util.Locale.ROOT).contains("content-length: 6\r\n")
                && answers[2].endsWith("\r\n\r\n"), answers[2]);
        assertTrue(answers[3].startsWith("200 OK") && answers[3].endsWith("body{}"), answers[3]);
    }

    @Test
    void answersWhileOtherConnectionsStayOpen() throws Exception {
        java.util.List<Socket> idle = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                idle.add(new Socket("127.0.0.1", server.uri().getPort()));
            }
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                java.util.List<java.util.concurrent.Future<HttpResponse<byte[]>>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    answers.add(pool.submit(() -> get("boundary.wasm")));
                }
                for (java.util.concurrent.Future<HttpResponse<byte[]>> answer : answers) {
                    HttpResponse<byte[]> response = answer.get(30, java.util.concurrent.TimeUnit.SECONDS);
                    assertEquals(200, response.statusCode());
                    assertArrayEquals(Files.readAllBytes(site.resolve("boundary.wasm")), response.body());
                }
            } finally {
                pool.shutdownNow();
            }
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    @Test
    void listensOnTheLoopbackAddressAtThePortItReports() {
        assertEquals("127.0.0.1", server.uri().getHost());
        assertTrue(server.uri().getPort() > 0);
        assertEquals("/", server.uri().getPath());
    }

    @Test
    void servesEachFileWithTheContentTypeBrowsersRequire() throws Exception {
        assertEquals("application/wasm", get("boundary.wasm").headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/javascript; charset=utf-8",
                get("boundary.js").headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/css; charset=utf-8", get("style.css").headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/csv; charset=utf-8", get("iris.csv").headers().firstValue("Content-Type").orElse(""));
        assertEquals("application/manifest+json",
                get("manifest.webmanifest").headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(Files.readAllBytes(site.resolve("boundary.wasm")), get("boundary.wasm").body());
    }

    @Test
    void asksBrowsersToRevalidateSoARebuildShowsOnReload() throws Exception {
        assertEquals("no-cache", get("boundary.js").headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void servesIndexHtmlForADirectory() throws Exception {
        HttpResponse<byte[]> root = get("");
        assertEquals(200, root.statusCode());
        assertEquals("text/html; charset=utf-8", root.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(root.body(), StandardCharsets.UTF_8).contains("<title>home</title>"));
        assertTrue(new String(get("docs/").body(), StandardCharsets.UTF_8).contains("<title>docs</title>"));
    }

    @Test
    void redirectsADirectoryWithoutItsSlashSoRelativePathsResolve() throws Exception {
        HttpResponse<byte[]> response = get("docs");
        assertEquals(301, response.statusCode());
        assertEquals("/docs/", response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void answersNotFoundForAMissingFile() throws Exception {
        assertEquals(404, get("missing.js").statusCode());
    }

    @Test
    void refusesPathsThatClimbOutOfTheSite() throws Exception {
        String secret = "/../" + outside.getFileName() + "/secret.txt";
        assertEquals("HTTP/1.1 400 Bad Request", rawStatusLine(secret));
        assertEquals("HTTP/1.1 400 Bad Request", rawStatusLine("/%2e%2e/" + outside.getFileName() + "/secret.txt"));
        assertEquals("HTTP/1.1 400 Bad Request", rawStatusLine("/docs/../../" + outside.getFileName() + "/secret.txt"));
        assertEquals("HTTP/1.1 404 Not Found", rawStatusLine("/" + outside.resolve("secret.txt")));
    }

    @Test
    void refusesMethodsOtherThanGetAndHead() throws Exception {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(server.uri()).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(405, response.statusCode());
        HttpResponse<byte[]> head = http.send(
                HttpRequest.newBuilder(server.uri().resolve("boundary.js")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
    }

    @Test
    void servesTheSiteOnlyUnderItsPrefix() throws Exception {
        try (SiteServer prefixed = SiteServer.start(site, 0, "boundary")) {
            URI uri = prefixed.uri();
            assertEquals("/boundary/", uri.getPath());
            assertEquals(200, get(uri.resolve("boundary.js")).statusCode());
            assertEquals(404, get(uri.resolve("/boundary.js")).statusCode());
            HttpResponse<byte[]> bare = get(uri.resolve("/boundary"));
            assertEquals(301, bare.statusCode());
            assertEquals("/boundary/", bare.headers().firstValue("Location").orElse(""));
        }
    }
}
