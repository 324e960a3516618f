package dev.boundary.core.lesson;

import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import com.grack.nanojson.JsonParser;
import com.grack.nanojson.JsonParserException;
import java.util.Map;

/**
 * Reads a lesson file (the format is in the README):
 *
 * <pre>
 * { "format": "boundary-lesson", "version": 1, "id": "and-neuron", "title": "…",
 *   "source": { "name": "…", "url": "https://…" },
 *   "steps": [ { "setup": { "dataset": "example:and-neuron", "controls": { "batch-size": "1" }, "epochs": 1 },
 *                "point": "cost", "text": "The cost is {cost}. Press Step.", "goal": { "epochAtLeast": 1 } } ] }
 * </pre>
 *
 * <p>A mistake is refused with a message that names the field, e.g. {@code steps[2].goal: unknown goal
 * "epochs"; expected one of next, epochAtLeast, …}.
 */
public final class LessonJson {
    /** Most steps in one lesson. */
    public static final int MAX_STEPS = 40;
    private static final int MAX_TEXT = 1000;

    private LessonJson() {
    }

    /** The lesson in {@code text}. @throws IllegalArgumentException naming what is wrong and where */
    public static Lesson read(String text) {
        Object root;
        try {
            root = JsonParser.any().from(text);
        } catch (JsonParserException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        JsonObject lesson = object(root, "the lesson");
        known(lesson, "the lesson", "format", "version", "id", "title", "source", "steps");
        if (!"boundary-lesson".equals(lesson.get("format"))) {
            throw new IllegalArgumentException("format must be \"boundary-lesson\"");
        }
        if (!(lesson.get("version") instanceof Number) || ((Number) lesson.get("version")).doubleValue() != 1) {
            throw new IllegalArgumentException("version must be 1");
        }
        String id = text(lesson.get("id"), "id", 60);
        if (!isWord(id, "-") || !id.equals(id.toLowerCase())) {
            throw new IllegalArgumentException("id must be lower-case letters, digits and hyphens, found \"" + id + "\"");
        }
        JsonObject source = object(lesson.get("source"), "source");
        known(source, "source", "name", "url");
        String url = text(source.get("url"), "source.url", 500);
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new IllegalArgumentException("source.url must be an http or https address, found \"" + url + "\"");
        }
        if (!(lesson.get("steps") instanceof JsonArray)) {
            throw new IllegalArgumentException("steps must be a list of steps");
        }
        JsonArray list = (JsonArray) lesson.get("steps");
        if (list.isEmpty() || list.size() > MAX_STEPS) {
            throw new IllegalArgumentException("steps must hold 1 to " + MAX_STEPS + " steps, found " + list.size());
        }
        LessonStep[] steps = new LessonStep[list.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = step(list.get(i), "steps[" + (i + 1) + "]");
        }
        return new Lesson(id, text(lesson.get("title"), "title", 200), text(source.get("name"), "source.name", 300),
                url, steps);
    }

    /**
     * The lessons listed in an index file, {@code {"lessons": [{"id": "and-neuron", "title": "…"}, …]}}:
     * ids and titles, in order, as pairs {@code [id, title]}.
     */
    public static String[][] readIndex(String text) {
        Object root;
        try {
            root = JsonParser.any().from(text);
        } catch (JsonParserException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        JsonObject index = object(root, "the index");
        if (!(index.get("lessons") instanceof JsonArray)) {
            throw new IllegalArgumentException("lessons must be a list");
        }
        JsonArray list = (JsonArray) index.get("lessons");
        String[][] lessons = new String[list.size()][];
        for (int i = 0; i < lessons.length; i++) {
            JsonObject entry = object(list.get(i), "lessons[" + (i + 1) + "]");
            String id = text(entry.get("id"), "lessons[" + (i + 1) + "].id", 60);
            if (!isWord(id, "-") || !id.equals(id.toLowerCase())) {
                throw new IllegalArgumentException("lessons[" + (i + 1) + "].id must be lower-case letters, digits"
                        + " and hyphens, found \"" + id + "\"");
            }
            lessons[i] = new String[] {id, text(entry.get("title"), "lessons[" + (i + 1) + "].title", 200)};
        }
        return lessons;
    }

    private static LessonStep step(Object value, String path) {
        JsonObject step = object(value, path);
        known(step, path, "setup", "point", "text", "goal");
        String dataset = null;
        String[] ids = new String[0];
        String[] values = new String[0];
        int epochs = 0;
        if (step.containsKey("setup")) {
            JsonObject setup = object(step.get("setup"), path + ".setup");
            known(setup, path + ".setup", "dataset", "controls", "epochs");
            if (setup.containsKey("epochs")) {
                Object n = setup.get("epochs");
                if (!(n instanceof Number) || ((Number) n).doubleValue() != Math.rint(((Number) n).doubleValue())
                        || ((Number) n).doubleValue() < 0 || ((Number) n).doubleValue() > LessonStep.MAX_EPOCHS) {
                    throw new IllegalArgumentException(path + ".setup.epochs must be a whole number from 0 to "
                            + LessonStep.MAX_EPOCHS);
                }
                epochs = ((Number) n).intValue();
            }
            if (setup.containsKey("dataset")) {
                dataset = text(setup.get("dataset"), path + ".setup.dataset", 100);
            }
            if (setup.containsKey("controls")) {
                JsonObject controls = object(setup.get("controls"), path + ".setup.controls");
                ids = new String[controls.size()];
                values = new String[controls.size()];
                int i = 0;
                for (Map.Entry<String, Object> control : controls.entrySet()) {
                    ids[i] = elementId(control.getKey(), path + ".setup.controls");
                    Object v = control.getValue();
                    if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                        throw new IllegalArgumentException(path + ".setup.controls." + control.getKey()
                                + " must be text, a number or true/false");
                    }
                    values[i++] = v instanceof Number ? number((Number) v) : String.valueOf(v);
                }
            }
        }
        String target = step.containsKey("point") ? elementId(text(step.get("point"), path + ".point", 100),
                path + ".point") : null;
        String text = text(step.get("text"), path + ".text", MAX_TEXT);
        String unknown = LessonText.unknownName(text);
        if (unknown != null) {
            throw new IllegalArgumentException(path + ".text: {" + unknown + "} is not a number the page knows; use "
                    + String.join(", ", LessonText.NAMES));
        }
        return new LessonStep(dataset, ids, values, epochs, target, text,
                step.containsKey("goal") ? goal(step.get("goal"), path + ".goal") : Goal.NEXT);
    }

    private static Goal goal(Object value, String path) {
        if ("next".equals(value)) {
            return Goal.NEXT;
        }
        JsonObject goal = object(value, path);
        if (goal.size() != 1) {
            throw new IllegalArgumentException(path + " must name one goal, e.g. {\"epochAtLeast\": 1}");
        }
        Map.Entry<String, Object> entry = goal.entrySet().iterator().next();
        Goal.Kind kind = Goal.kindOf(entry.getKey());
        if (kind == null || kind == Goal.Kind.NEXT) {
            StringBuilder names = new StringBuilder("\"next\"");
            for (Goal.Kind k : Goal.Kind.values()) {
                if (k != Goal.Kind.NEXT) {
                    names.append(", ").append(k.id());
                }
            }
            throw new IllegalArgumentException(path + ": unknown goal \"" + entry.getKey() + "\"; expected " + names);
        }
        if (kind == Goal.Kind.DIVERGED) {
            if (!Boolean.TRUE.equals(entry.getValue())) {
                throw new IllegalArgumentException(path + ".diverged must be true");
            }
            return new Goal(kind, 0);
        }
        Object number = kind == Goal.Kind.BATCH_SIZE && "full".equals(entry.getValue()) ? 0 : entry.getValue();
        if (!(number instanceof Number) || !Double.isFinite(((Number) number).doubleValue())) {
            throw new IllegalArgumentException(path + "." + kind.id() + " must be a number"
                    + (kind == Goal.Kind.BATCH_SIZE ? " or \"full\"" : ""));
        }
        return new Goal(kind, ((Number) number).doubleValue());
    }

    private static String number(Number value) {
        double d = value.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String elementId(String id, String path) {
        if (!isWord(id, "_-") || !Character.isLetter(id.charAt(0))) {
            throw new IllegalArgumentException(path + ": \"" + id + "\" is not the id of an element on the page");
        }
        return id;
    }

    /** True when {@code text} is not empty and holds only ASCII letters, digits and the {@code extra} characters. */
    static boolean isWord(String text, String extra) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!plain && extra.indexOf(c) < 0) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static JsonObject object(Object value, String path) {
        if (!(value instanceof JsonObject)) {
            throw new IllegalArgumentException(path + " must be an object { … }");
        }
        return (JsonObject) value;
    }

    private static String text(Object value, String path, int maxLength) {
        if (!(value instanceof String) || ((String) value).isEmpty() || ((String) value).length() > maxLength) {
            throw new IllegalArgumentException(path + " must be text of 1 to " + maxLength + " characters");
        }
        return (String) value;
    }

    private static void known(JsonObject object, String path, String... fields) {
        for (String key : object.keySet()) {
            boolean found = false;
            for (String field : fields) {
                found |= field.equals(key);
            }
            if (!found) {
                throw new IllegalArgumentException(path + ": unknown field \"" + key + "\"; expected "
                        + String.join(", ", fields));
            }
        }
    }
}
