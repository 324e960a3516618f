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
        Dom.setAttributeOf(root, "data-session-dataset", DataChoice.of(scenario));
        Dom.setAttributeOf(root, "data-session-points", Integer.toString(scenario.data().size()));
        Dom.setAttributeOf(root, "data-session-epoch", Integer.toString(session.trainer().epoch()));
        Dom.setAttributeOf(root, "data-session-cost", Readouts.cost(session.trainer().cost(), session.trainer().trainingCount() > 0));
        Dom.setAttributeOf(root, "data-session-model", (model.hiddenLayerCount() == 0 ? "logistic" : "network") + " "
                + model.describe() + " " + model.hiddenActivation().id() + (model.hasBias() ? " bias" : " no-bias"));
        Dom.setAttributeOf(root, "data-session-lr", Numbers.significant(training.learningRate(), 3));
        Dom.setAttributeOf(root, "data-session-loss", training.loss().id());
        Dom.setAttributeOf(root, "data-session-optimizer", training.optimizer().id());
        Dom.setAttributeOf(root, "data-session-batch", Integer.toString(training.batchSize()));
        Dom.setAttributeOf(root, "data-session-threshold", Numbers.fixed(scenario.threshold(), 2));
        Dom.setAttributeOf(root, "data-session-seed", Long.toString(scenario.seed()));
        Dom.setAttributeOf(root, "data-session-undo", session.canUndo() ? "yes" : "no");
    }
}
