package dev.boundary.browser;

import dev.boundary.server.SiteServer;
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
        try (Socket socket = new Socket("127.0.0.1", server.uri().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.substring(0, response.indexOf("\r\n"));
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
