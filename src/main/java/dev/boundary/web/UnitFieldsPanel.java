package dev.boundary.web;

import dev.boundary.core.explain.Figures;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.session.Session;
import dev.boundary.core.view.UnitFields;
import dev.boundary.core.view.Viewport;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Uint8ClampedArray;

/**
 * Under the network diagram ({@code #unit-fields}), a small picture per unit of what it computes over
 * the plot's view: one row per hidden layer, units in the diagram's order (top to bottom), then the
 * output p̂. The numbers and colours come from {@link UnitFields}; each picture is a canvas of one pixel
 * per grid cell ({@code #unit-l1-u2}: layer 1, unit 2; {@code #unit-output}) that the page's CSS scales
 * up smoothly, with its colour scale in its title. With one feature the pictures are strips along x.
 */
final class UnitFieldsPanel implements Panel {
    /** Cells across (and down, for two features): coarse, since each picture is 48 CSS pixels wide. */
    private static final int CELLS = 24;

    private final PlotView plot;
    private final UnitFields fields = new UnitFields();
    private HTMLElement container;
    private ModelSpec shown;
    private HTMLCanvasElement[][] canvases = new HTMLCanvasElement[0][];
    private CanvasRenderingContext2D[][] contexts = new CanvasRenderingContext2D[0][];
    private String[][] titles = new String[0][];
    private HTMLCanvasElement[] inputCanvases = new HTMLCanvasElement[0];
    private CanvasRenderingContext2D[] inputContexts = new CanvasRenderingContext2D[0];
    private String[] inputTitles = new String[0];
    private double threshold;

    UnitFieldsPanel(PlotView plot) {
        this.plot = plot;
    }

    @Override
    public void bind() {
        container = Dom.byId("unit-fields");
    }

    @Override
    public void render(Session session) {
        Viewport view = plot.viewport();
        if (view == null) {
            return;
        }
        ModelSpec spec = session.network().spec();
        threshold = session.threshold();
        int rows = spec.dimension() == 2 ? CELLS : 1;
        fields.compute(session.network(), view, CELLS, rows, session.threshold());
        if (!spec.sameAs(shown)) {
            build(spec, rows);
        }
        for (int j = 0; j < fields.inputCount(); j++) {
            paintPicture(inputCanvases[j], inputContexts[j], fields.inputPixels(j), rows);
            String title = spec.features().label(j) + " over the plot: from " + Figures.brief(-fields.inputLargest(j))
                    + " (orange) through 0 (white) to " + Figures.brief(fields.inputLargest(j)) + " (blue)";
            if (!title.equals(inputTitles[j])) {
                inputTitles[j] = title;
                inputCanvases[j].setAttribute("title", title);
                inputCanvases[j].setAttribute("aria-label", title);
            }
        }
        for (int l = 0; l < fields.layerCount(); l++) {
            for (int u = 0; u < fields.units(l); u++) {
                paint(l, u, rows);
            }
        }
    }

    /** One row per layer: its name, then a canvas per unit. */
    private void build(ModelSpec spec, int rows) {
        shown = spec;
        container.setTextContent("");
        int layers = spec.layerCount();
        canvases = new HTMLCanvasElement[layers][];
        contexts = new CanvasRenderingContext2D[layers][];
        titles = new String[layers][];
        buildInputs(spec, rows);
        for (int l = 0; l < layers; l++) {
            boolean output = l == layers - 1;
            HTMLElement row = Dom.element("div", "unit-row");
            HTMLElement name = Dom.element("span", "unit-layer");
            name.setTextContent(output ? "p̂" : "layer " + (l + 1));
            row.appendChild(name);
            HTMLElement cells = Dom.element("div", "unit-cells");
            row.appendChild(cells);
            int units = spec.units(l);
            canvases[l] = new HTMLCanvasElement[units];
            contexts[l] = new CanvasRenderingContext2D[units];
            titles[l] = new String[units];
            for (int u = 0; u < units; u++) {
                HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.element("canvas", rows == 1 ? "unit-field strip"
                        : "unit-field");
                canvas.setAttribute("id", output ? "unit-output" : "unit-l" + (l + 1) + "-u" + (u + 1));
                canvas.setAttribute("role", "img");
                canvas.setWidth(CELLS);
                canvas.setHeight(rows);
                canvases[l][u] = canvas;
                contexts[l][u] = (CanvasRenderingContext2D) canvas.getContext("2d");
                cells.appendChild(canvas);
            }
            container.appendChild(row);
        }
    }

    /** The first row: a picture per input feature ({@code #unit-input-x1sq}), as TensorFlow Playground's. */
    private void buildInputs(ModelSpec spec, int rows) {
        int count = spec.inputCount();
        inputCanvases = new HTMLCanvasElement[count];
        inputContexts = new CanvasRenderingContext2D[count];
        inputTitles = new String[count];
        HTMLElement row = Dom.element("div", "unit-row");
        row.appendChild(Dom.element("span", "unit-layer", "inputs"));
        HTMLElement cells = Dom.element("div", "unit-cells");
        row.appendChild(cells);
        for (int j = 0; j < count; j++) {
            HTMLElement figure = Dom.element("span", "unit-input");
            HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.element("canvas", rows == 1 ? "unit-field strip"
                    : "unit-field");
            canvas.setAttribute("id", "unit-input-" + spec.features().get(j).id());
            canvas.setAttribute("role", "img");
            canvas.setWidth(CELLS);
            canvas.setHeight(rows);
            inputCanvases[j] = canvas;
            inputContexts[j] = (CanvasRenderingContext2D) canvas.getContext("2d");
            figure.appendChild(canvas);
            figure.appendChild(Dom.element("span", "unit-input-name", spec.features().label(j)));
            cells.appendChild(figure);
        }
        container.appendChild(row);
    }

    private static void paintPicture(HTMLCanvasElement canvas, CanvasRenderingContext2D context, int[] pixels,
            int rows) {
        if (canvas.getHeight() != rows) {
            canvas.setHeight(rows);
            canvas.setAttribute("class", rows == 1 ? "unit-field strip" : "unit-field");
        }
        int count = CELLS * rows;
        Int32Array packed = Int32Array.copyFromJavaArray(pixels);
        Uint8ClampedArray bytes = Uint8ClampedArray.create(packed.getBuffer(), packed.getByteOffset(), count * 4);
        context.putImageData(ImageData.create(bytes, CELLS, rows), 0, 0);
    }

    private void paint(int l, int u, int rows) {
        HTMLCanvasElement canvas = canvases[l][u];
        paintPicture(canvas, contexts[l][u], fields.pixels(l, u), rows);
        String title = title(l, u);
        if (!title.equals(titles[l][u])) {
            titles[l][u] = title;
            canvas.setAttribute("title", title);
            canvas.setAttribute("aria-label", title);
        }
    }

    /** What the picture shows and its colour scale, e.g. "Layer 1, unit 2 (tanh): a from −1 (orange) …". */
    private String title(int l, int u) {
        ModelSpec spec = shown;
        if (l == spec.layerCount() - 1) {
            return "Output p̂ over the plot: orange at 0, pale at the threshold t = "
                    + Figures.brief(threshold) + ", blue at 1, as on the plot";
        }
        String unit = "Layer " + (l + 1) + ", unit " + (u + 1) + " (" + spec.activation(l).id() + "): a ";
        double low = fields.low(l, u);
        double high = fields.high(l, u);
        if (low < 0) {
            return unit + "from " + Figures.brief(low) + " (orange) through 0 (white) to " + Figures.brief(high)
                    + " (blue)";
        }
        return unit + "from 0 (white) to " + Figures.brief(high) + " (blue)";
    }

    @Override
    public String elementId() {
        return "unit-fields";
    }
}
