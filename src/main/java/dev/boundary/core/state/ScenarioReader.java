package dev.boundary.core.state;

import static dev.boundary.core.state.JsonReading.error;
import static dev.boundary.core.state.JsonReading.number;
import static dev.boundary.core.state.JsonReading.object;
import static dev.boundary.core.state.JsonReading.onlyKnownFields;
import static dev.boundary.core.state.JsonReading.whole;

import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import com.grack.nanojson.JsonParser;
import com.grack.nanojson.JsonParserException;
import dev.boundary.core.data.DataSet;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.Regularization;
import dev.boundary.core.train.TrainingSettings;

/** Reads a scenario file (see {@link ScenarioJson} for the format), checking everything first. */
final class ScenarioReader {
    private ScenarioReader() {
    }

    static Scenario read(String text) {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte-order mark editors add
        if (json.trim().isEmpty()) {
            throw new ScenarioException("not a Boundary scenario (the text is empty)");
        }
        JsonLimits.check(json);
        Object root;
        try {
            root = JsonParser.any().withLazyNumbers().from(json);
        } catch (JsonParserException e) {
            throw new ScenarioException(malformed(e, json));
        }
        if (!(root instanceof JsonObject)) {
            throw new ScenarioException("not a Boundary scenario (the JSON holds " + JsonReading.describe(root)
                    + ", not an object)");
        }
        JsonObject top = (JsonObject) root;
        if (!top.containsKey("format")) {
            throw new ScenarioException("not a Boundary scenario (missing \"format\")");
        }
        if (!ScenarioJson.FORMAT.equals(top.get("format"))) {
            throw new ScenarioException("not a Boundary scenario (\"format\" is " + JsonReading.describe(top.get("format"))
                    + ", expected \"" + ScenarioJson.FORMAT + "\")");
        }
        checkVersion(top.get("version"));
        onlyKnownFields(top, "", "format", "version", "title", "description", "data", "model", "initialWeights",
                "seed", "training", "threshold", "trained");
        String title = text(top.get("title"), "title", ScenarioDefaults.TITLE, Scenario.MAX_TITLE_LENGTH);
        String description = text(top.get("description"), "description", "", Scenario.MAX_DESCRIPTION_LENGTH);
        DataSet data = ModelReading.data(top.get("data"));
        ModelSpec model = ModelReading.model(top.get("model"), data.featureCount());
        LayerWeights[] weights = ModelReading.initialWeights(top.get("initialWeights"), model);
        long seed = top.get("seed") == null ? ScenarioDefaults.SEED
                : whole(top.get("seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE, "a whole number");
        JsonObject training = top.get("training") == null ? new JsonObject() : object(top.get("training"), "training");
        TrainingSettings settings = training(training);
        int epochs = training.get("epochs") == null ? ScenarioDefaults.EPOCHS
                : (int) whole(training.get("epochs"), "training.epochs", 0, Scenario.MAX_EPOCHS,
                        "a whole number from 0 to " + Scenario.MAX_EPOCHS);
        double threshold = ScenarioDefaults.THRESHOLD;
        if (top.get("threshold") != null) {
            threshold = number(top.get("threshold"), "threshold", "a number above 0 and below 1");
            if (threshold <= 0 || threshold >= 1) {
                throw error("threshold", "a number above 0 and below 1", top.get("threshold"));
            }
        }
        TrainedState trained = top.get("trained") == null ? null : trained(top.get("trained"), model);
        try {
            return new Scenario(title, description, data, model, weights, seed, settings, epochs, threshold, trained);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(e.getMessage()); // the checks above should have said it first
        }
    }

    private static void checkVersion(Object value) {
        String reads = "(this page reads version " + ScenarioJson.VERSION + ")";
        if (value == null) {
            throw new ScenarioException("missing \"version\" " + reads);
        }
        if (!(value instanceof Number)) {
            throw new ScenarioException("unknown version " + JsonReading.describe(value) + " " + reads);
        }
        if (!value.toString().equals(Integer.toString(ScenarioJson.VERSION))) {
            throw new ScenarioException("unknown version " + value + " " + reads);
        }
    }

    private static String text(Object value, String path, String missing, int maxLength) {
        if (value == null) {
            return missing;
        }
        String text = JsonReading.text(value, path);
        if (text.length() > maxLength) {
            throw new ScenarioException(path + " is " + text.length() + " characters long; at most " + maxLength
                    + " are allowed");
        }
        return text;
    }

    private static TrainingSettings training(JsonObject training) {
        onlyKnownFields(training, "training", "loss", "optimizer", "learningRate", "batchSize", "l2", "l1",
                "testFraction", "epochs");
        Loss loss = Loss.CROSS_ENTROPY;
        Object lossValue = training.get("loss");
        if (lossValue != null) {
            try {
                loss = Loss.fromId(JsonReading.text(lossValue, "training.loss"));
            } catch (IllegalArgumentException unknown) {
                throw error("training.loss", "one of cross-entropy, naive-cross-entropy, squared-error", lossValue);
            }
        }
        OptimizerKind optimizer = OptimizerKind.GRADIENT_DESCENT;
        Object optimizerValue = training.get("optimizer");
        if (optimizerValue != null) {
            try {
                optimizer = OptimizerKind.fromId(JsonReading.text(optimizerValue, "training.optimizer"));
            } catch (IllegalArgumentException unknown) {
                throw error("training.optimizer", "one of gradient-descent, momentum, adam", optimizerValue);
            }
        }
        double learningRate = ScenarioDefaults.LEARNING_RATE;
        Object rateValue = training.get("learningRate");
        if (rateValue != null) {
            learningRate = number(rateValue, "training.learningRate", "a number above 0");
            if (learningRate <= 0) {
                throw error("training.learningRate", "a number above 0", rateValue);
            }
            if (learningRate > 1000) {
                throw error("training.learningRate", "at most 1000", rateValue);
            }
        }
        int batchSize = TrainingSettings.FULL_BATCH;
        Object batchValue = training.get("batchSize");
        if (batchValue != null && !"full".equals(batchValue)) {
            batchSize = (int) whole(batchValue, "training.batchSize", 1, Scenario.MAX_POINTS,
                    "\"full\" or a whole number from 1 to " + Scenario.MAX_POINTS);
        }
        double l2 = 0;
        Object l2Value = training.get("l2");
        if (l2Value != null) {
            l2 = number(l2Value, "training.l2", "a number from 0 to 100");
            if (l2 < 0 || l2 > 100) {
                throw error("training.l2", "a number from 0 to 100", l2Value);
            }
        }
        double l1 = 0;
        Object l1Value = training.get("l1");
        if (l1Value != null) {
            l1 = number(l1Value, "training.l1", "a number from 0 to 100");
            if (l1 < 0 || l1 > 100) {
                throw error("training.l1", "a number from 0 to 100", l1Value);
            }
            if (l1 > 0 && l2 > 0) {
                throw new ScenarioException("training has both l1 and l2 above 0; choose one regularisation");
            }
        }
        double testFraction = 0;
        Object testValue = training.get("testFraction");
        if (testValue != null) {
            String range = "a number from 0 to " + TrainingSettings.MAX_TEST_FRACTION;
            testFraction = number(testValue, "training.testFraction", range);
            if (testFraction < 0 || testFraction > TrainingSettings.MAX_TEST_FRACTION) {
                throw error("training.testFraction", range, testValue);
            }
        }
        if (l1 > 0) {
            return new TrainingSettings(loss, optimizer, learningRate, batchSize, Regularization.L1, l1, testFraction);
        }
        return new TrainingSettings(loss, optimizer, learningRate, batchSize, l2, testFraction);
    }

    private static TrainedState trained(Object value, ModelSpec model) {
        JsonObject trained = object(value, "trained");
        onlyKnownFields(trained, "trained", "epoch", "parameters");
        if (trained.get("epoch") == null || trained.get("parameters") == null) {
            throw new ScenarioException("trained needs both \"epoch\" and \"parameters\"");
        }
        int epoch = (int) whole(trained.get("epoch"), "trained.epoch", 0, Integer.MAX_VALUE, "a whole number, 0 or more");
        JsonArray list = JsonReading.list(trained.get("parameters"), "trained.parameters", "[w1, w2, b, …]");
        int count = ScenarioChecks.parameterCount(model);
        if (list.size() != count) {
            throw new ScenarioException("trained.parameters has " + JsonReading.count(list.size(), "value")
                    + "; the model " + model.describe() + " has " + count
                    + " parameters (each layer's weights row by row, then its biases)");
        }
        double[] parameters = new double[count];
        for (int i = 0; i < count; i++) {
            parameters[i] = number(list.get(i), "trained.parameters[" + i + "]", "a finite number");
        }
        for (int index : ScenarioChecks.biasIndexes(model)) {
            if (!model.hasBias() && parameters[index] != 0) {
                throw error("trained.parameters[" + index + "]", "0, a bias of a model without biases",
                        list.get(index));
            }
        }
        return new TrainedState(epoch, parameters);
    }

    /** nanojson's complaint without its own position suffix, placed by character and line. */
    private static String malformed(JsonParserException e, String json) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        int suffix = reason.lastIndexOf(" on line ");
        if (suffix > 0) {
            reason = reason.substring(0, suffix);
        }
        reason = withoutTokenCode(withoutTokenCode(reason, " instead of "), ", got ");
        reason = reason.equals("Expected COLON") ? "expected a colon after a field name"
                : reason.equals("Expected STRING") ? "expected a field name in quotes" : reason;
        if (!reason.isEmpty()) {
            reason = Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        }
        int at = e.getCharOffset();
        int end = json.length();
        while (end > 0 && json.charAt(end - 1) <= ' ') {
            end--;
        }
        // A scenario ends with "}": when it does not and the complaint is about its last characters or
        // the end of input, the text was most likely cut off (a link copied in part).
        boolean cut = end == 0 || json.charAt(end - 1) != '}';
        if (at >= end || cut && (at >= end - 24 || reason.contains("end of input"))) {
            return "the JSON ends too early, after character " + json.length() + " (was it cut off?): " + reason;
        }
        return "the JSON is malformed near character " + at + " (line " + e.getLinePosition() + "): " + reason;
    }

    /** Cuts "… instead of 2" or "…, got 0", where nanojson names its internal token number. */
    private static String withoutTokenCode(String reason, String marker) {
        int at = reason.lastIndexOf(marker);
        if (at < 0 || at + marker.length() == reason.length()) {
            return reason;
        }
        for (int i = at + marker.length(); i < reason.length(); i++) {
            if (reason.charAt(i) < '0' || reason.charAt(i) > '9') {
                return reason;
            }
        }
        return reason.substring(0, at);
    }
}
