package dev.boundary.web;

import dev.boundary.core.export.NumpyScript;
import dev.boundary.core.io.FileNames;
import dev.boundary.core.session.Session;
import dev.boundary.core.state.Scenario;

/**
 * "Export as Python" ({@code #export-python}): the session's run as a NumPy script, the same one the
 * replay command's {@code --numpy} writes. It trains from the initial weights with the current
 * settings for as many epochs as the page has trained (the scenario's own count before any).
 */
final class PythonExport implements Panel {
    private final Workbench bench;

    PythonExport(Workbench bench) {
        this.bench = bench;
    }

    @Override
    public void bind() {
        Dom.on("export-python", "click", event -> export());
    }

    @Override
    public void render(Session session) {
    }

    private void export() {
        Session session = bench.session();
        int epochs = session.trainer().epoch() > 0 ? session.trainer().epoch() : session.scenario().epochs();
        Scenario run = session.scenario().withEpochs(epochs);
        String name = FileNames.stem(run.title()) + ".py";
        String error = FilesBrowser.download(name, "text/x-python", NumpyScript.write(run));
        bench.status(error.isEmpty() ? "Saved " + name + ": run python3 " + name + " (NumPy only) to train the same"
                + " network from the same start for " + epochs + (epochs == 1 ? " epoch" : " epochs")
                + " and print each epoch's cost and accuracy."
                : "The script could not be saved: " + error + ".", !error.isEmpty());
    }
}
