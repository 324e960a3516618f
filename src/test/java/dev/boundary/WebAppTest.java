package dev.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import com.grack.nanojson.JsonParser;
import com.grack.nanojson.JsonParserException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The page can be installed: its manifest, its icons and the links to them, all relative to the page. */
class WebAppTest {
    private static final Path WEB = Path.of("web");

    @Test
    void theManifestNamesThePageAndItsIconsRelativeToItself() throws IOException, JsonParserException {
        JsonObject manifest = JsonParser.object().from(Files.readString(WEB.resolve("manifest.webmanifest")));

        assertEquals("Boundary", manifest.getString("short_name"));
        assertTrue(manifest.getString("name").startsWith("Boundary"));
        assertEquals("./", manifest.getString("start_url"), "relative, so the page works under a sub-path");
        assertEquals("./", manifest.getString("scope"));
        assertEquals("standalone", manifest.getString("display"));
        List<String> sizes = new ArrayList<>();
        JsonArray icons = manifest.getArray("icons");
        for (int i = 0; i < icons.size(); i++) {
            JsonObject icon = icons.getObject(i);
            String src = icon.getString("src");
            assertTrue(!src.startsWith("/") && !src.contains(":"), "relative: " + src);
            assertTrue(Files.isRegularFile(WEB.resolve(src)), src + " exists");
            sizes.add(icon.getString("sizes"));
            if (src.endsWith(".png")) {
                BufferedImage image = ImageIO.read(WEB.resolve(src).toFile());
                assertEquals(icon.getString("sizes"), image.getWidth() + "x" + image.getHeight(), src);
                assertEquals("image/png", icon.getString("type"));
            }
        }
        assertTrue(sizes.containsAll(List.of("192x192", "512x512", "any")), sizes.toString());
    }

    @Test
    void theFaviconHoldsSmallPngsOfTheSizesItDeclares() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(WEB.resolve("favicon.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0), "reserved");
        assertEquals(1, ico.getShort(2), "an icon");
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int size = ico.get(entry) & 0xff;
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            byte[] png = Arrays.copyOfRange(ico.array(), offset, offset + length);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(size, image.getWidth());
            assertEquals(size, image.getHeight());
            sizes.add(size);
        }
        assertEquals(List.of(16, 32, 48), sizes);
    }

    @Test
    void thePageLinksItsManifestAndIconsByRelativeAddresses() throws IOException {
        String page = Files.readString(WEB.resolve("index.html"), StandardCharsets.UTF_8);
        for (String link : new String[] {"<link rel=\"manifest\" href=\"manifest.webmanifest\">",
                "<link rel=\"icon\" href=\"favicon.ico\"", "<link rel=\"icon\" href=\"icon.svg\" type=\"image/svg+xml\">",
                "<link rel=\"apple-touch-icon\" href=\"icon-192.png\">", "<meta name=\"theme-color\""}) {
            assertTrue(page.contains(link), link);
        }
        String loader = Files.readString(WEB.resolve("loader.js"), StandardCharsets.UTF_8);
        assertTrue(loader.contains("register(\"sw.js\""), "the worker is registered by a relative address");
    }
}
