package dev.boundary.core.lesson;

/**
 * The lesson part of the page's address: {@code ?lesson=and-neuron&step=3} opens that lesson at its
 * third step. A missing or malformed step means the first; an id that is not a lesson's shape is
 * ignored (the page then says so).
 */
public final class LessonAddress {
    private final String lessonId;
    private final int step;

    private LessonAddress(String lessonId, int step) {
        this.lessonId = lessonId;
        this.step = step;
    }

    /** The lesson and step named in {@code query} (with or without its leading {@code ?}). */
    public static LessonAddress parse(String query) {
        String text = query.startsWith("?") ? query.substring(1) : query;
        String id = null;
        int step = 0;
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (key.equals("lesson")) {
                id = value;
            } else if (key.equals("step") && !value.isEmpty() && value.length() <= 3 && LessonJson.isWord(value, "")) {
                try {
                    step = Math.max(0, Integer.parseInt(value) - 1);
                } catch (NumberFormatException e) {
                    step = 0;
                }
            }
        }
        return new LessonAddress(id, step);
    }

    /** True when the address names a lesson. */
    public boolean present() {
        return lessonId != null;
    }

    /** The lesson's id as written in the address (possibly not a lesson at all), or null. */
    public String lessonId() {
        return lessonId;
    }

    /** True when the id has a lesson id's shape: lower-case letters, digits and hyphens. */
    public boolean wellFormed() {
        return lessonId != null && LessonJson.isWord(lessonId, "-") && lessonId.equals(lessonId.toLowerCase())
                && lessonId.length() <= 60;
    }

    /** The step to open at, from 0. */
    public int step() {
        return step;
    }
}
