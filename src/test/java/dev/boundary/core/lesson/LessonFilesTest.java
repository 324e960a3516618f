package dev.boundary.core.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lesson files of {@code web/lessons}: each reads, the index lists each one under its own title,
 * and every data set, control, value and element a step names exists on the page ({@code
 * web/index.html}), so no step points at nothing.
 */
class LessonFilesTest {
    private static final Path LESSONS = Paths.get("web/lessons");

    @Test
    void everyLessonReadsAndTheIndexListsItUnderItsTitle() throws IOException {
        String[][] index = LessonJson.readIndex(read(LESSONS.resolve("index.json")));
        List<String> files = lessonFiles();
        assertEquals(files.size(), index.length, "the index lists " + index.length + " lessons, the folder has " + files);
        for (String[] entry : index) {
            Lesson lesson = LessonJson.read(read(LESSONS.resolve(entry[0] + ".json")));
            assertEquals(entry[0], lesson.id(), "the id inside " + entry[0] + ".json");
            assertEquals(entry[1], lesson.title(), "the index's title of " + entry[0]);
            assertTrue(lesson.sourceUrl().startsWith("https://"), lesson.id() + " names its source with a link");
        }
        assertTrue(index.length >= 6, "at least six lessons");
    }

    @Test
    void everyStepNamesWhatThePageHas() throws IOException {
        String page = read(Paths.get("web/index.html"));
        List<String> problems = new ArrayList<>();
        for (String file : lessonFiles()) {
            Lesson lesson = LessonJson.read(read(LESSONS.resolve(file)));
            for (int s = 0; s < lesson.stepCount(); s++) {
                LessonStep step = lesson.step(s);
                String where = lesson.id() + " step " + (s + 1) + ": ";
                if (step.dataset() != null && !optionsOf(page, "dataset").contains(step.dataset())) {
                    problems.add(where + "no data set " + step.dataset());
                }
                if (step.target() != null && !page.contains("id=\"" + step.target() + "\"")) {
                    problems.add(where + "no element #" + step.target());
                }
                for (int c = 0; c < step.controlCount(); c++) {
                    String problem = refusal(page, step.controlId(c), step.controlValue(c));
                    if (problem != null) {
                        problems.add(where + "#" + step.controlId(c) + " " + problem);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Null when the control {@code id} of {@code page} takes {@code value}: one of a select's options,
     * "true" or "false" for a checkbox, a number within a number field's or slider's min and max; else
     * what is wrong.
     */
    private static String refusal(String page, String id, String value) {
        Matcher input = Pattern.compile("<input type=\"([a-z]+)\" id=\"" + Pattern.quote(id) + "\"([^>]*)>").matcher(page);
        if (!input.find()) {
            return optionsOf(page, id).contains(value) ? null : "has no option " + value;
        }
        if (input.group(1).equals("checkbox")) {
            return value.equals("true") || value.equals("false") ? null : "is a checkbox, not " + value;
        }
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return "takes a number, not " + value;
        }
        Matcher min = Pattern.compile("min=\"([^\"]*)\"").matcher(input.group(2));
        Matcher max = Pattern.compile("max=\"([^\"]*)\"").matcher(input.group(2));
        if (min.find() && number < Double.parseDouble(min.group(1)) || max.find() && number > Double.parseDouble(max.group(1))) {
            return "takes numbers within its min and max, not " + value;
        }
        return null;
    }

    /** The option values of the {@code <select id=ID>} in {@code page}. */
    private static List<String> optionsOf(String page, String id) {
        int start = page.indexOf("<select id=\"" + id + "\"");
        List<String> values = new ArrayList<>();
        if (start < 0) {
            return values;
        }
        String select = page.substring(start, page.indexOf("</select>", start));
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\"").matcher(select);
        while (option.find()) {
            values.add(option.group(1));
        }
        return values;
    }

    private static List<String> lessonFiles() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(LESSONS)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals("index.json"))
                    .sorted().forEach(files::add);
        }
        return files;
    }

    private static String read(Path path) throws IOException {
        return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    }
}
