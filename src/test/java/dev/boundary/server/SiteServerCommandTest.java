package dev.boundary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server's command line refuses bad options with one line and status 2, never a stack trace. */
class SiteServerCommandTest {
    private static String[] run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin"
                + File.separator + "java", "-cp", System.getProperty("java.class.path"), SiteServer.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the server did not stop");
        }
        return new String[] {Integer.toString(process.exitValue()), err};
    }

    @Test
    void aPrefixOutsideTheSiteGetsOneLine() throws Exception {
        String[] result = run("--dir", "web", "--prefix", "../x");
        assertEquals("2", result[0]);
        assertEquals("SiteServer: prefix must be a plain path such as /boundary/, was ../x (--help lists the options)"
                + System.lineSeparator(), result[1]);
    }

    @Test
    void aBadPortGetsOneLine() throws Exception {
        String[] result = run("--port", "http");
        assertEquals("2", result[0]);
        assertEquals("SiteServer: --port must be a number from 0 to 65535, was http (--help lists the options)"
                + System.lineSeparator(), result[1]);
    }

    @Test
    void aPortOutOfRangeOrNotANumberGetsOneLine() throws Exception {
        for (String port : new String[] {"99999", "abc", "-1"}) {
            String[] result = run("--port", port);
            assertEquals("2", result[0]);
            assertEquals("SiteServer: --port must be a number from 0 to 65535, was " + port
                    + " (--help lists the options)" + System.lineSeparator(), result[1]);
        }
    }

    @Test
    void anUnknownOptionIsNamedWithOrWithoutAValue() throws Exception {
        String[] alone = run("--verbose");
        assertEquals("2", alone[0]);
        assertEquals("SiteServer: unknown option --verbose (--help lists the options)" + System.lineSeparator(),
                alone[1]);
        String[] valued = run("--host", "0.0.0.0");
        assertEquals("SiteServer: unknown option --host (--help lists the options)" + System.lineSeparator(),
                valued[1]);
        String[] missing = run("--port");
        assertEquals("SiteServer: missing value after --port (--help lists the options)" + System.lineSeparator(),
                missing[1]);
    }
}
