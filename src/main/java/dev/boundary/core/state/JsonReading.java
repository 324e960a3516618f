package dev.boundary.core.state;

import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import dev.boundary.core.math.Quote;

/**
 * Typed access to parsed JSON values (numbers read lazily, as their text) with errors that name the
 * path of the value and show what was found: {@code training.l2 must be a number from 0 to 100,
 * found "abc"}.
 */
final class JsonReading {
    /** Integers beyond ±2^53 written with a fraction or exponent are not exact; refuse them. */
    private static final double LARGEST_EXACT_INTEGER = 9007199254740992.0;

    private JsonReading() {
    }

    static ScenarioException error(String path, String requirement, Object found) {
        return new ScenarioException(path + " must be " + requirement + ", found " + describe(found));
    }

    /** The value as people would recognise it in their file. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return Quote.of((String) value);
        }
        if (value instanceof JsonArray) {
            return ((JsonArray) value).isEmpty() ? "an empty list" : "a list";
        }
        if (value instanceof JsonObject) {
            return "an object";
        }
        return Quote.shown(value.toString());
    }

    static JsonObject object(Object value, String path) {
        if (!(value instanceof JsonObject)) {
            throw error(path, "an object { … }", value);
        }
        return (JsonObject) value;
    }

    static JsonArray list(Object value, String path, String example) {
        if (!(value instanceof JsonArray)) {
            throw error(path, "a list like " + example, value);
        }
        return (JsonArray) value;
    }

    static String text(Object value, String path) {
        if (!(value instanceof String)) {
            throw error(path, "text in quotes", value);
        }
        return (String) value;
    }

    static boolean bool(Object value, String path) {
        if (!(value instanceof Boolean)) {
            throw error(path, "true or false", value);
        }
        return (Boolean) value;
    }

    /** The finite double written, or an error saying it must be {@code requirement}. */
    static double number(Object value, String path, String requirement) {
        if (!(value instanceof Number)) {
            throw error(path, requirement, value);
        }
        double number = ExactDecimal.parse(value.toString());
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            throw error(path, requirement, value);
        }
        return number;
    }

    /** A whole number from {@code low} to {@code high}, or an error saying it must be {@code requirement}. */
    static long whole(Object value, String path, long low, long high, String requirement) {
        if (!(value instanceof Number)) {
            throw error(path, requirement, value);
        }
        String text = value.toString();
        long whole;
        if (isPlainInteger(text)) {
            try {
                whole = Long.parseLong(text);
            } catch (NumberFormatException tooLarge) {
                throw error(path, requirement, value);
            }
        } else {
            double number = ExactDecimal.parse(text);
            if (number != Math.rint(number) || Math.abs(number) > LARGEST_EXACT_INTEGER) {
                throw error(path, requirement, value);
            }
            whole = (long) number;
        }
        if (whole < low || whole > high) {
            throw error(path, requirement, value);
        }
        return whole;
    }

    private static boolean isPlainInteger(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c == '-' && i == 0)) {
                return false;
            }
        }
        return true;
    }

    /** Rejects fields other than {@code known}, so a misspelt name is not silently ignored. */
    static void onlyKnownFields(JsonObject object, String path, String... known) {
        for (String key : object.keySet()) {
            boolean found = false;
            for (String name : known) {
                found |= name.equals(key);
            }
            if (!found) {
                StringBuilder names = new StringBuilder();
                for (String name : known) {
                    names.append(names.length() == 0 ? "" : ", ").append(name);
                }
                throw new ScenarioException((path.isEmpty() ? "the scenario" : path) + " has an unknown field \""
                        + key + "\"; the known fields are " + names);
            }
        }
    }

    /** "1 row", "2 rows". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
