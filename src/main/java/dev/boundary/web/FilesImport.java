package dev.boundary.web;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.io.CsvColumns;
import dev.boundary.core.io.CsvImport;
import dev.boundary.core.io.ImportCheck;
import dev.boundary.core.math.Quote;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Importing: the dialog for pasted text (with a column chooser for CSV files of more than three
 * columns), the file picker, and files dropped on the page. A CSV replaces the points and keeps the
 * model; a scenario file replaces everything, trained weights included. Everything is read in full
 * before the session is touched, so a bad file changes nothing but the message; an import is one
 * undo step.
 */
final class FilesImport {
    private static final String PASTED = "the pasted text";

    private final Workbench bench;
    private final ScenarioLoader loader;
    private HTMLElement dialog;
    /** The file whose text the dialog holds (for its name), or null when the text was pasted. */
    private String pendingName;
    private String pendingText;
    /** The column names the chooser shows, joined, to rebuild it only when they change. */
    private String shownColumns = "";

    FilesImport(Workbench bench, ScenarioLoader loader) {
        this.bench = bench;
        this.loader = loader;
    }

    void bind() {
        dialog = Dom.byId("import-dialog");
        Dom.on("import", "click", event -> open());
        Dom.on("import-choose", "click", event -> Dom.byId("import-file").click());
        Dom.on("import-file", "change", event ->
                FilesBrowser.readChosenFile(Dom.byId("import-file"), ImportCheck.MAX_BYTES, this::received));
        FilesBrowser.installDrop(ImportCheck.MAX_BYTES, this::received);
        Dom.on("import-apply", "click", event -> importFromDialog());
        Dom.on("import-cancel", "click", event -> close());
        Dom.on("import-text", "input", event -> showColumnsOf(Dom.value("import-text")));
    }

    private void open() {
        Dom.setText("import-error", "");
        showColumnsOf(Dom.value("import-text"));
        FilesBrowser.openDialog(dialog);
    }

    private void close() {
        FilesBrowser.closeDialog(dialog);
    }

    /** A file from the picker or a drop: its text, or null and why it was not read. */
    private void received(String name, double size, String text, String error) {
        if (text == null) {
            fail("too-big".equals(error) ? ImportCheck.sizeProblem(name, size) : name + " could not be read: " + error);
            return;
        }
        importText(name, text, null);
    }

    private void importFromDialog() {
        String text = Dom.value("import-text");
        String name = pendingName != null && text.equals(pendingText) ? pendingName : PASTED;
        CsvColumns.Choice choice = null;
        if (!Dom.byId("import-columns").hasAttribute("hidden")) {
            int x1 = Choice.whole("import-x1", 0, CsvColumns.MAX_COLUMNS);
            int x2 = Choice.whole("import-x2", -1, CsvColumns.MAX_COLUMNS);
            int label = Choice.whole("import-label", 0, CsvColumns.MAX_COLUMNS);
            if (x1 == Choice.NONE || x2 == Choice.NONE || label == Choice.NONE) {
                String id = x1 == Choice.NONE ? "import-x1" : x2 == Choice.NONE ? "import-x2" : "import-label";
                fail("the column chooser for " + (id.equals("import-x1") ? "x\u2081" : id.equals("import-x2")
                        ? "x\u2082" : "the label") + " holds " + Choice.what(id));
                return;
            }
            choice = new CsvColumns.Choice(x1, x2, label);
        }
        importText(name, text, choice);
    }

    /**
     * Reads {@code text} and applies it, or says why not. A CSV of more than three columns without a
     * {@code choice} opens the dialog with the column chooser first.
     */
    private void importText(String name, String text, CsvColumns.Choice choice) {
        String problem = text.length() > ImportCheck.MAX_BYTES ? ImportCheck.sizeProblem(name, text.length())
                : ImportCheck.binaryProblem(name, text);
        if (problem != null) {
            fail(problem);
            return;
        }
        try {
            if (ImportCheck.kindOf(name, text) == ImportCheck.Kind.SCENARIO) {
                Scenario scenario = ScenarioJson.read(text);
                close();
                loader.load(scenario);
                bench.status("Opened the scenario " + name + ": " + scenario.title() + " (epoch "
                        + bench.session().trainer().epoch() + "). Undo (Ctrl+Z) brings back what you had.", false);
                return;
            }
            CsvColumns columns = CsvColumns.of(text);
            if (columns.count() > 3 && choice == null) {
                askForColumns(name, text, columns);
                return;
            }
            apply(CsvImport.read(name, text, choice));
        } catch (IllegalArgumentException e) {
            fail((name.equals(PASTED) ? "" : name + ": ") + e.getMessage());
        }
    }

    private void apply(CsvImport imported) {
        Scenario current = bench.session().scenario();
        DataSet data = imported.data();
        close();
        loader.load(current.withFittedData(data).withoutTrained().withTitle(imported.title())
                .withDescription("Imported " + imported.summary() + "."));
        bench.status("Imported " + imported.summary() + ". Undo (Ctrl+Z) brings back the points you had.", false);
    }

    private void askForColumns(String name, String text, CsvColumns columns) {
        pendingName = name;
        pendingText = text;
        Dom.setValue("import-text", text);
        showColumnsOf(text);
        Dom.setText("import-error", name + " has " + columns.count()
                + " columns: choose the two features and the label, then Import.");
        FilesBrowser.openDialog(dialog);
        bench.status("Choose the columns to import from " + name + ".", false);
    }

    /** Shows the column chooser when {@code text} has more than three columns, with a first guess. */
    private void showColumnsOf(String text) {
        CsvColumns columns = null;
        if (ImportCheck.kindOf(null, text) == ImportCheck.Kind.CSV) { // a scenario has no columns to choose
            try {
                columns = CsvColumns.of(text);
            } catch (IllegalArgumentException e) {
                columns = null;
            }
        }
        HTMLElement fieldset = Dom.byId("import-columns");
        if (columns == null || columns.count() <= 3) {
            fieldset.setAttribute("hidden", "");
            shownColumns = "";
            return;
        }
        StringBuilder key = new StringBuilder();
        for (int j = 0; j < columns.count(); j++) {
            key.append(columns.name(j)).append('\u0000');
        }
        if (!key.toString().equals(shownColumns)) {
            shownColumns = key.toString();
            CsvColumns.Choice guess = columns.guess();
            fill("import-x1", columns, false, guess.x1());
            fill("import-x2", columns, true, guess.x2());
            fill("import-label", columns, false, guess.label());
        }
        fieldset.removeAttribute("hidden");
    }

    private static void fill(String id, CsvColumns columns, boolean optional, int selected) {
        HTMLElement select = Dom.byId(id);
        while (select.getFirstChild() != null) {
            select.removeChild(select.getFirstChild());
        }
        if (optional) {
            select.appendChild(option("-1", "none (one feature)"));
        }
        for (int j = 0; j < columns.count(); j++) {
            select.appendChild(option(Integer.toString(j), (j + 1) + ": " + Quote.shown(columns.name(j))));
        }
        Dom.setValue(id, Integer.toString(selected));
    }

    private static HTMLElement option(String value, String text) {
        HTMLElement option = (HTMLElement) Dom.document().createElement("option");
        option.setAttribute("value", value);
        option.setTextContent(text);
        return option;
    }

    private void fail(String message) {
        String why = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        String text = "Nothing was imported: " + why + ". The points on the page are unchanged.";
        if (FilesBrowser.isOpen(dialog)) {
            Dom.setText("import-error", text);
        }
        bench.status(text, true);
    }
}
