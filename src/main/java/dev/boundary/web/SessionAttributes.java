package dev.boundary.web;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.session.DataChoice;
import dev.boundary.core.session.Session;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.TrainingSettings;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Publishes what the session holds as {@code data-session-*} attributes of {@code <html>}, so that a
 * test can check every control and figure against the session itself.
 */
final class SessionAttributes {
    private SessionAttributes() {
    }

    static void publish(Session session) {
        HTMLElement root = Dom.document().getDocumentElement();
        Scenario scenario = session.scenario();
        ModelSpec model = scenario.model();
        TrainingSettings training = scenario.training();
        root.setAttribute("data-session-dataset", DataChoice.of(scenario));
        root.setAttribute("data-session-points", Integer.toString(scenario.data().size()));
        root.setAttribute("data-session-epoch", Integer.toString(session.trainer().epoch()));
        root.setAttribute("data-session-cost", Readouts.cost(session.trainer().cost(), session.trainer().trainingCount() > 0));
        root.setAttribute("data-session-model", (model.hiddenLayerCount() == 0 ? "logistic" : "network") + " "
                + model.describe() + " " + model.hiddenActivation().id() + (model.hasBias() ? " bias" : " no-bias"));
        root.setAttribute("data-session-lr", Numbers.significant(training.learningRate(), 3));
        root.setAttribute("data-session-loss", training.loss().id());
        root.setAttribute("data-session-optimizer", training.optimizer().id());
        root.setAttribute("data-session-batch", Integer.toString(training.batchSize()));
        root.setAttribute("data-session-threshold", Numbers.fixed(scenario.threshold(), 2));
        root.setAttribute("data-session-seed", Long.toString(scenario.seed()));
        root.setAttribute("data-session-undo", session.canUndo() ? "yes" : "no");
    }
}
