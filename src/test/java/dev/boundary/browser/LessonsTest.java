package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.boundary.core.lesson.Goal;
import dev.boundary.core.lesson.Lesson;
import dev.boundary.core.lesson.LessonJson;
import dev.boundary.core.lesson.LessonStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Every lesson walked from its first step to its last, on both engines, by doing what each step asks
 * (Step, Play, the threshold, a control, or Next), checking on the way that the numbers a step quotes
 * are the page's own and, where the tutorial gives them, the tutorial's. One method per lesson, so a
 * failure names the lesson (and the message its step).
 */
class LessonsTest {
    private static final long LIMIT_MS = 60_000;

    /** Text that a lesson's step must show once set up: the tutorials' figures (lesson → step → text). */
    private static final Map<String, Map<Integer, String>> TUTORIAL_FIGURES = Map.of(
            // "Nothing but NumPy": AND from W = [0.1, 0.6], b = 0: 0.719554, one step at α = 1: 0.618313.
            "and-neuron", Map.of(1, "w1 = 0.100000, w2 = 0.600000, b = 0.000000", 2, "the cost is 0.719554,",
                    3, "the cost is 0.618313,"),
            // From W = [−10, 60]: the naive cost takes log 0; the stable one is 15.173298.
            "stable-cross-entropy", Map.of(2, "the cost is NaN", 4, "the stable cost is 15.173298,"),
            // MLDawn: 500 points of each class.
            "batches", Map.of(1, "mean gradient of all 1000."),
            // Roelants: the path starts at w = (−4, −2).
            "loss-surface", Map.of(1, "w = (-4.000000, -2.000000)"),
            // "Nothing but NumPy": the 2-3-1 network on XOR: 0.779514, then 0.715106 after one step.
            "xor-hidden-layer", Map.of(3, "is 0.779514,", 4, "the cost is 0.715106,"));

    /** The lessons of {@code web/lessons/index.json}, in its order; each is walked by a method of its own. */
    private static final List<String> WALKED = List.of("and-neuron", "stable-cross-entropy", "threshold", "batches",
            "loss-surface", "xor-hidden-layer");

    @Test
    void everyLessonOfTheIndexIsWalkedBelow() throws IOException {
        List<String> listed = new ArrayList<>();
        for (String[] entry : LessonJson.readIndex(read("web/lessons/index.json"))) {
            listed.add(entry[0]);
        }
        assertEquals(listed, WALKED, "a lesson added to the index needs its walk below");
    }

    @BrowserTest
    void oneNeuronLearnsAnd(PageDriver page) throws IOException {
        walk(page, "and-neuron");
    }

    @BrowserTest
    void whyTheCrossEntropyIsComputedFromZ(PageDriver page) throws IOException {
        walk(page, "stable-cross-entropy");
    }

    @BrowserTest
    void thresholdConfusionMatrixPrecisionAndRecall(PageDriver page) throws IOException {
        walk(page, "threshold");
    }

    @BrowserTest
    void fullBatchMiniBatchAndStochasticDescent(PageDriver page) throws IOException {
        walk(page, "batches");
    }

    @BrowserTest
    void theLossSurfaceAndTheDescentPath(PageDriver page) throws IOException {
        walk(page, "loss-surface");
    }

    @BrowserTest
    void xorNeedsAHiddenLayer(PageDriver page) throws IOException {
        walk(page, "xor-hidden-layer");
    }

    private static void walk(PageDriver page, String id) throws IOException {
        Lesson lesson = LessonJson.read(read("web/lessons/" + id + ".json"));
        page.open("?lesson=" + lesson.id());
        if (page.browser() == Browser.HTMLUNIT) {
            // HtmlUnit never calls requestAnimationFrame's callbacks; here it calls them as soon as it can,
            // as a browser does once per frame, so Play trains there too.
            page.evaluate("(window.requestAnimationFrame = function (callback) {"
                    + " return setTimeout(function () { callback(performance.now()); }, 0); }, 1)");
        }
        for (int s = 0; s < lesson.stepCount(); s++) {
            String where = lesson.id() + " step " + (s + 1);
            awaitStep(page, s + 1, where);
            if (s == 0) {
                assertEquals(lesson.sourceUrl(), page.attribute("lesson-source", "href"), where + " links its source");
            }
            assertEquals((s + 1) + " / " + lesson.stepCount(), page.text("lesson-progress"), where);
            LessonStep step = lesson.step(s);
            checkNumbers(page, step, where);
            String figure = TUTORIAL_FIGURES.getOrDefault(lesson.id(), Map.of()).get(s + 1);
            if (figure != null) {
                assertTrue(page.text("lesson-text").contains(figure), where + " quotes " + figure + ": "
                        + page.text("lesson-text"));
            }
            if (step.target() != null) {
                assertTrue(page.evaluate("document.getElementById('" + step.target()
                        + "').classList.contains('lesson-target')").equals("true"), where + " rings #" + step.target());
            }
            if (s == lesson.stepCount() - 1) {
                break;
            }
            doWhatItAsks(page, step.goal(), s + 2, where);
        }
        page.click("lesson-next"); // Finish
        assertEquals("true", page.evaluate("document.getElementById('lesson').hidden"), lesson.id()
                + ": the card closes");
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void aLinkOpensALessonAtAStepAndBackAndLeaveWork(PageDriver page) {
        page.open("?lesson=and-neuron&step=3");
        awaitStep(page, 3, "and-neuron step 3");
        // Opened by the link at step 3, the page is where that step expects it: one step from the start.
        assertEquals("3 / 5", page.text("lesson-progress"));
        assertTrue(page.text("lesson-text").contains("the cost is 0.618313,"), page.text("lesson-text"));
        assertEquals("0.618313", page.text("cost"));
        page.click("lesson-back");
        awaitStep(page, 2, "back to step 2");
        assertEquals("2 / 5", page.text("lesson-progress"));
        assertTrue(page.text("lesson-text").contains("\u2713 Done"), "step 2 was done already: "
                + page.text("lesson-text"));
        page.click("lesson-leave");
        assertEquals("true", page.evaluate("document.getElementById('lesson').hidden"));
        assertEquals(null, page.documentAttribute("data-lesson"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void theLessonsButtonListsEveryLesson(PageDriver page) throws IOException {
        String count = Integer.toString(LessonJson.readIndex(read("web/lessons/index.json")).length);
        page.open("");
        page.click("lessons-open");
        until(() -> page.evaluate("document.querySelectorAll('#lesson-list button').length").equals(count),
                "the list of " + count + " lessons");
        page.evaluate("document.querySelector('#lesson-list button[data-lesson=\"xor-hidden-layer\"]').click()");
        awaitStep(page, 1, "xor-hidden-layer from the list");
        assertEquals("XOR needs a hidden layer", page.text("lesson-title"));
    }

    /** The live numbers the step's text quotes are the ones the page shows beside it. */
    private static void checkNumbers(PageDriver page, LessonStep step, String where) {
        String[][] names = {{"{cost}", "cost"}, {"{epoch}", "epoch"}, {"{accuracy}", "accuracy"},
            {"{threshold}", "threshold-value"}, {"{precision}", "precision"}, {"{recall}", "recall"}};
        for (String[] name : names) {
            if (step.text().contains(name[0])) {
                String shown = page.text(name[1]);
                until(() -> page.text("lesson-text").contains(shown), where + " quotes " + name[1] + " " + shown
                        + ": " + page.text("lesson-text"));
            }
        }
        for (String cell : new String[] {"tp", "fp", "fn", "tn"}) {
            if (step.text().contains("{" + cell + "}")) {
                String count = page.text(cell).replaceAll("[^0-9]", "");
                String label = cell.toUpperCase();
                assertTrue(page.text("lesson-text").contains(label + " " + count), where + " quotes " + label + " "
                        + count + ": " + page.text("lesson-text"));
            }
        }
    }

    /** Does what {@code goal} asks and waits for the lesson to move on to step {@code nextStep}. */
    private static void doWhatItAsks(PageDriver page, Goal goal, int nextStep, String where) {
        switch (goal.kind()) {
            case EPOCH_AT_LEAST:
                if (goal.value() <= 10) {
                    // Step as often as it takes, as the lessons ask for a few epochs.
                    int presses = (int) goal.value() - Integer.parseInt(page.text("epoch"));
                    page.evaluate("(function () { for (var i = 0; i < " + presses + "; i++) {"
                            + " document.getElementById('step').click(); } return 0; })()");
                } else {
                    page.select("speed", "100");
                    page.click("play");
                }
                break;
            case THRESHOLD_ABOVE:
                page.setRange("threshold", goal.value() + 0.05);
                break;
            case THRESHOLD_BELOW:
                page.setRange("threshold", goal.value() - 0.05);
                break;
            case COST_BELOW:
                page.select("loss", "cross-entropy");
                break;
            case BATCH_SIZE:
                int size = (int) goal.value();
                boolean full = page.evaluate("document.getElementById('batch-full').checked").equals("true");
                if (size == 0 ? !full : full) {
                    page.click("batch-full");
                }
                if (size > 0) {
                    page.evaluate("(function () { " + Scripts.setValue("batch-size", Integer.toString(size))
                            + " return 1; })()");
                }
                break;
            case HIDDEN_LAYERS_AT_LEAST:
                page.select("model", "network");
                break;
            case DIVERGED:
                page.click("step");
                break;
            default:
                page.click("lesson-next");
        }
        String next = Integer.toString(nextStep);
        // While Play trains, the wait lasts as long as the epoch keeps rising (HtmlUnit on a busy machine
        // may take minutes for 300 epochs); it fails once training stands still for the whole limit.
        String[] lastEpoch = {page.text("epoch")};
        long[] lastProgress = {System.currentTimeMillis()};
        until(() -> {
            String epoch = page.text("epoch");
            if (!epoch.equals(lastEpoch[0])) {
                lastEpoch[0] = epoch;
                lastProgress[0] = System.currentTimeMillis();
            }
            return next.equals(page.documentAttribute("data-lesson-step"));
        }, () -> System.currentTimeMillis() - lastProgress[0] > LIMIT_MS, where + ": moving on after "
                + goal.kind().id() + "; the card says " + page.text("lesson-text"));
        if (page.text("play").equals("Pause")) {
            page.click("play");
        }
    }

    private static void awaitStep(PageDriver page, int step, String where) {
        until(() -> Integer.toString(step).equals(page.documentAttribute("data-lesson-step"))
                && "true".equals(page.documentAttribute("data-lesson-ready")), where + " to be set up; #status says "
                + page.text("status"));
    }

    private static void until(BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + LIMIT_MS;
        until(condition, () -> System.currentTimeMillis() > end, what);
    }

    /** Waits for {@code condition}, failing when {@code givingUp} says so first. */
    private static void until(BooleanSupplier condition, BooleanSupplier givingUp, String what) {
        while (!condition.getAsBoolean()) {
            if (givingUp.getAsBoolean()) {
                fail("waited " + LIMIT_MS / 1000 + " s without progress for " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
    }

    private static String read(String path) throws IOException {
        return new String(Files.readAllBytes(Paths.get(path)), StandardCharsets.UTF_8);
    }
}
