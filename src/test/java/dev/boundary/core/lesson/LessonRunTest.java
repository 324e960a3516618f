package dev.boundary.core.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.session.Session;
import dev.boundary.core.state.ScenarioJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** Walking a lesson (Back, Next, moving on when the goal is done), its live text and its file's checks. */
class LessonRunTest {
    private static Session andNeuron() throws IOException {
        String json = new String(Files.readAllBytes(Paths.get("web/examples/and-neuron.json")), StandardCharsets.UTF_8);
        return new Session(ScenarioJson.read(json));
    }

    private static Lesson lesson(String steps) {
        return LessonJson.read("{\"format\": \"boundary-lesson\", \"version\": 1, \"id\": \"t\", \"title\": \"T\","
                + " \"source\": {\"name\": \"S\", \"url\": \"https://example.org/\"}, \"steps\": [" + steps + "]}");
    }

    @Test
    void theTextQuotesTheArticlesCostsBeforeAndAfterOneStep() throws IOException {
        Session session = andNeuron();
        // "Nothing but NumPy": cost 0.719554 at W = [0.1, 0.6], b = 0, and 0.618313 after one step at α = 1.
        assertEquals("cost 0.719554 at epoch 0, w1 = 0.100000", LessonText.fill("cost {cost} at epoch {epoch}, w1 = {w1}",
                session));
        session.trainEpoch();
        assertEquals("cost 0.618313 at epoch 1 {unknown}", LessonText.fill("cost {cost} at epoch {epoch} {unknown}",
                session));
    }

    @Test
    void aStepMovesOnWhenItsGoalIsDoneButNotWhenItWasDoneBeforeAndBackNeverJumpsForward() throws IOException {
        Session session = andNeuron();
        LessonRun run = new LessonRun(lesson("{\"text\": \"a\"}, {\"text\": \"b\", \"goal\": {\"epochAtLeast\": 1}},"
                + " {\"text\": \"c\", \"goal\": {\"thresholdAbove\": 0.7}}"), 1);
        assertEquals("2 / 3", run.progress());
        assertFalse(run.advanceIfDone(session), "not before the step is ready");
        run.ready(session);
        assertFalse(run.advanceIfDone(session));
        session.trainEpoch();
        assertTrue(run.advanceIfDone(session), "pressed Step: on to step 3");
        assertEquals("3 / 3", run.progress());
        assertTrue(run.back());
        run.ready(session); // epoch 1 already: the goal is met on arrival
        assertTrue(run.done(session));
        assertFalse(run.advanceIfDone(session), "going back does not jump forward again");
        assertTrue(run.next());
        run.ready(session);
        session.setThreshold(0.75);
        assertFalse(run.advanceIfDone(session), "the last step has nowhere to go");
        assertTrue(run.done(session));
        assertFalse(run.next());
    }

    @Test
    void aLinkOpensALessonAtAStepAndClampsIt() {
        LessonAddress address = LessonAddress.parse("?dataset=xor&lesson=and-neuron&step=3");
        assertTrue(address.wellFormed());
        assertEquals("and-neuron", address.lessonId());
        assertEquals(2, address.step());
        assertEquals(0, LessonAddress.parse("?lesson=and-neuron&step=x").step());
        assertFalse(LessonAddress.parse("?lesson=%3Cscript%3E").wellFormed());
        assertFalse(LessonAddress.parse("?dataset=xor").present());
        LessonRun run = new LessonRun(lesson("{\"text\": \"a\"}, {\"text\": \"b\"}"), 9);
        assertEquals("2 / 2", run.progress());
    }

    @Test
    void mistakesInALessonFileAreNamedWithTheirPlace() {
        String badGoal = assertThrows(IllegalArgumentException.class,
                () -> lesson("{\"text\": \"a\"}, {\"text\": \"b\", \"goal\": {\"epochs\": 3}}")).getMessage();
        assertTrue(badGoal.startsWith("steps[2].goal: unknown goal \"epochs\""), badGoal);
        String badName = assertThrows(IllegalArgumentException.class, () -> lesson("{\"text\": \"{cots}\"}")).getMessage();
        assertTrue(badName.startsWith("steps[1].text: {cots} is not a number the page knows"), badName);
        String badUrl = assertThrows(IllegalArgumentException.class, () -> LessonJson.read(("{\"format\":"
                + " \"boundary-lesson\", \"version\": 1, \"id\": \"t\", \"title\": \"T\", \"source\": {\"name\": \"S\","
                + " \"url\": \"javascript:alert(1)\"}, \"steps\": [{\"text\": \"a\"}]}"))).getMessage();
        assertTrue(badUrl.startsWith("source.url must be an http or https address"), badUrl);
        String badPoint = assertThrows(IllegalArgumentException.class,
                () -> lesson("{\"text\": \"a\", \"point\": \"x\\\" onclick=\\\"y\"}")).getMessage();
        assertTrue(badPoint.contains("is not the id of an element"), badPoint);
    }
}
