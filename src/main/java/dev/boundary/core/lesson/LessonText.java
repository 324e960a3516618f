package dev.boundary.core.lesson;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.metrics.ConfusionMatrix;
import dev.boundary.core.nn.DenseLayer;
import dev.boundary.core.session.Session;
import dev.boundary.core.train.Trainer;

/**
 * A step's text with its live numbers: each {@code {name}} becomes the session's number, written as
 * the page writes it (the cost with 6 decimals, the accuracy in per cent, the threshold with 2, …).
 * The names are in {@link #NAMES}; a lesson file that uses another is refused when it is read.
 */
public final class LessonText {
    /** The names a step's text may use, each in braces. */
    public static final String[] NAMES = {"cost", "epoch", "accuracy", "threshold", "precision", "recall", "f1",
        "tp", "fp", "fn", "tn", "w1", "w2", "b", "learningRate", "points", "hiddenLayers"};
    private static final String UNDEFINED = "undefined";

    private LessonText() {
    }

    /** {@code template} with every {@code {name}} replaced by its value in {@code session}. */
    public static String fill(String template, Session session) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i && isName(template.substring(i + 1, close))) {
                out.append(value(template.substring(i + 1, close), session));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The first {@code {word}} in {@code template} that is not one of {@link #NAMES}, or null. */
    static String unknownName(String template) {
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                return null;
            }
            String name = template.substring(open + 1, close);
            if (!isName(name) && LessonJson.isWord(name, "")) {
                return name;
            }
            open = template.indexOf('{', open + 1);
        }
        return null;
    }

    static boolean isName(String name) {
        for (String known : NAMES) {
            if (known.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String value(String name, Session session) {
        Trainer trainer = session.trainer();
        ConfusionMatrix confusion = session.confusion();
        DenseLayer first = session.network().layer(0);
        switch (name) {
            case "cost":
                return Numbers.fixed(trainer.cost(), 6);
            case "epoch":
                return Integer.toString(trainer.epoch());
            case "accuracy":
                return session.data().size() == 0 ? UNDEFINED : Numbers.fixed(100 * confusion.accuracy(), 1) + "%";
            case "threshold":
                return Numbers.fixed(session.threshold(), 2);
            case "precision":
                return confusion.precisionDefined() ? Numbers.fixed(confusion.precision(), 3) : UNDEFINED;
            case "recall":
                return confusion.recallDefined() ? Numbers.fixed(confusion.recall(), 3) : UNDEFINED;
            case "f1":
                return confusion.f1Defined() ? Numbers.fixed(confusion.f1(), 3) : UNDEFINED;
            case "tp":
                return Integer.toString(confusion.truePositives());
            case "fp":
                return Integer.toString(confusion.falsePositives());
            case "fn":
                return Integer.toString(confusion.falseNegatives());
            case "tn":
                return Integer.toString(confusion.trueNegatives());
            case "w1":
                return Numbers.fixed(first.weight(0, 0), 6);
            case "w2":
                return first.inputs() > 1 ? Numbers.fixed(first.weight(0, 1), 6) : UNDEFINED;
            case "b":
                return Numbers.fixed(first.biases()[0], 6);
            case "learningRate":
                return Numbers.shortest(session.scenario().training().learningRate());
            case "points":
                return Integer.toString(session.data().size());
            default:
                return Integer.toString(session.scenario().model().hiddenLayerCount());
        }
    }
}
