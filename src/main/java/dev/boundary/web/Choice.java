package dev.boundary.web;

import dev.boundary.core.math.Quote;

/**
 * Reads a control's value as one of its choices. A script, an extension or a form the browser restores
 * from an older page can set a select or a slider to anything (a select given a value it lacks reads as
 * ""), so every handler reads through here and refuses what is not a choice, with a message, instead
 * of failing.
 */
final class Choice {
    /** What {@link #whole} returns for a value that is not a choice. */
    static final int NONE = Integer.MIN_VALUE;

    private Choice() {
    }

    /** The control's value as a whole number from {@code low} to {@code high}, or {@link #NONE}. */
    static int whole(String id, int low, int high) {
        String text = Dom.value(id).trim();
        if (text.isEmpty() || text.length() > 11) {
            return NONE;
        }
        try {
            int value = Integer.parseInt(text);
            return value >= low && value <= high ? value : NONE;
        } catch (NumberFormatException e) {
            return NONE;
        }
    }

    /** The control's value as a number from {@code low} to {@code high}, or NaN. */
    static double number(String id, double low, double high) {
        String text = Dom.value(id).trim();
        if (text.isEmpty() || text.length() > 40) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text);
            return value >= low && value <= high ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The message for a control {@code label} that holds a value none of its choices has. */
    static String refused(String label, String id) {
        return "The " + label + " control holds " + what(id) + "; nothing was changed.";
    }

    /** "no valid choice" (a select given a value it lacks reads as ""), or the value quoted and refused. */
    static String what(String id) {
        String value = Dom.value(id);
        return value.isEmpty() ? "no valid choice" : Quote.of(value) + ", which is not one of its choices";
    }
}
