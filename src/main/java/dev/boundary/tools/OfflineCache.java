package dev.boundary.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes into a built site's service worker ({@code sw.js}) the files the page needs offline and a
 * version, a hash of every file of the site, so that each build that changes a file changes the
 * worker and the browser replaces its cache: {@code java -cp target/classes
 * dev.boundary.tools.OfflineCache [SITE]} (default {@code target/boundary-site}). The build runs it
 * after the TeaVM compiles; running it again on the same site changes nothing.
 *
 * <p>Every file is cached except the worker itself and the benchmark page with its builds; the page
 * is cached as {@code ./} as well as {@code index.html}.
 */
public final class OfflineCache {
    /** The worker's file name, at the top of the site. */
    public static final String WORKER = "sw.js";

    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^const VERSION = \"[^\"\\n]*\";$");
    private static final Pattern FILES_LINE = Pattern.compile("(?m)^const FILES = \\[.*\\];$");
    private static final int VERSION_DIGITS = 16;

    private OfflineCache() {
    }

    /** Fills in {@code site}'s worker; prints what it wrote. */
    public static void main(String[] args) throws IOException {
        Path site = Paths.get(args.length > 0 ? args[0] : "target/boundary-site");
        List<String> files = write(site);
        System.out.println("wrote " + site.resolve(WORKER) + ": version " + version(site) + ", " + files.size()
                + " files to keep offline");
    }

    /**
     * Writes the version and the file list into {@code site/sw.js}.
     *
     * @return the files written into the list, as the worker fetches them
     * @throws IOException when the site or its worker cannot be read or written, or the worker lacks
     *                     the {@code const VERSION = "…";} and {@code const FILES = […];} lines
     */
    public static List<String> write(Path site) throws IOException {
        List<String> files = files(site);
        Path worker = site.resolve(WORKER);
        String text = Files.readString(worker, StandardCharsets.UTF_8);
        StringBuilder list = new StringBuilder("const FILES = [");
        for (int i = 0; i < files.size(); i++) {
            list.append(i == 0 ? "" : ", ").append('"').append(files.get(i)).append('"');
        }
        list.append("];");
        String filled = replaceOnce(VERSION_LINE, text, "const VERSION = \"" + version(site) + "\";");
        filled = replaceOnce(FILES_LINE, filled, list.toString());
        if (!filled.equals(text)) {
            Files.writeString(worker, filled, StandardCharsets.UTF_8);
        }
        return files;
    }

    /**
     * The files the page needs as addresses relative to the site ({@code /} between folders, other
     * characters than letters, digits and {@code -._~} %-escaped), sorted; the first is {@code ./}, the
     * page's own address.
     */
    public static List<String> files(Path site) throws IOException {
        List<String> files = new ArrayList<>();
        files.add("./");
        for (String file : siteFiles(site)) {
            if (isCached(file)) {
                files.add(address(file));
            }
        }
        return files;
    }

    /**
     * A hash of the names and contents of every file of {@code site} but the worker: any change to
     * the site, cached or not, gives another version.
     */
    public static String version(Path site) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
        for (String file : siteFiles(site)) {
            if (file.equals(WORKER)) {
                continue;
            }
            byte[] content = Files.readAllBytes(site.resolve(file));
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update(longBytes(content.length));
            digest.update(content);
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : digest.digest()) {
            hex.append(String.format("%02x", b));
        }
        return hex.substring(0, VERSION_DIGITS);
    }

    /** True for a file the page may need: everything but the worker, the benchmark and hidden files. */
    static boolean isCached(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return !file.equals(WORKER) && !name.startsWith(".") && !name.startsWith("bench")
                && !name.endsWith(".map") && !name.endsWith(".teavmdbg");
    }

    private static List<String> siteFiles(Path site) throws IOException {
        if (!Files.isRegularFile(site.resolve(WORKER))) {
            throw new IOException("no " + WORKER + " in " + site.toAbsolutePath() + " (build the site first: mvn package)");
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(file -> files.add(relative(site, file)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files.sort(null);
        return files;
    }

    private static String relative(Path site, Path file) {
        StringBuilder path = new StringBuilder();
        for (Path part : site.relativize(file)) {
            path.append(path.length() == 0 ? "" : "/").append(part);
        }
        return path.toString();
    }

    /** {@code file} as a relative address: letters, digits and {@code -._~/} as they are, the rest %-escaped. */
    static String address(String file) {
        StringBuilder address = new StringBuilder();
        for (byte b : file.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                address.append(c);
            } else {
                address.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return address.toString();
    }

    private static String replaceOnce(Pattern line, String text, String replacement) throws IOException {
        Matcher matcher = line.matcher(text);
        if (!matcher.find()) {
            throw new IOException(WORKER + " has no line matching " + line.pattern());
        }
        return text.substring(0, matcher.start()) + replacement + text.substring(matcher.end());
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[Long.BYTES];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (value >>> (8 * (bytes.length - 1 - i)));
        }
        return bytes;
    }
}
