package dev.boundary.web;

import dev.boundary.core.explain.LinkPicker;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.view.NetworkDiagramLayout;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The network on {@code #network-diagram}, laid out by {@link NetworkDiagramLayout}: one column of nodes
 * per layer, links coloured by the sign of their weight (blue positive, orange negative) and as thick as
 * its magnitude. The link (or node) under the pointer, and the one chosen for editing, are drawn on top
 * and outlined; {@link DiagramEditor} reads and edits them.
 */
final class NetworkDiagram {
    /** Pixels around the layout's unit box: room for the node circles and the column labels. */
    private static final double PAD_X = 22;
    /** Room on the left for the input nodes' names. */
    private static final double PAD_LEFT = 52;
    private static final double PAD_TOP = 12;
    private static final double PAD_BOTTOM = 30;
    static final double NODE_RADIUS = 7;

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final NetworkDiagramLayout layout = new NetworkDiagramLayout();
    private final LinkPicker picker = new LinkPicker();
    private Network network;
    private double width;
    private double height;
    private String geometryKey = "";
    private int highlightedLink = -1;
    private int highlightedNode = -1;
    private int chosenLink = -1;
    private int chosenNode = -1;

    NetworkDiagram() {
        canvas = (HTMLCanvasElement) Dom.byId("network-diagram");
        context = (CanvasRenderingContext2D) canvas.getContext("2d");
    }

    /** The interactive part (hover read-out, click to edit): a panel of its own, bound once. */
    Panel interactive(Workbench bench) {
        return new DiagramEditor(bench, this);
    }

    HTMLCanvasElement canvas() {
        return canvas;
    }

    NetworkDiagramLayout layout() {
        return layout;
    }

    LinkPicker picker() {
        return picker;
    }

    /** The network last drawn, or null. */
    Network network() {
        return network;
    }

    /** Outlines a link or node under the pointer (−1 for none) and repaints. */
    void highlight(int link, int node) {
        if (link != highlightedLink || node != highlightedNode) {
            highlightedLink = link;
            highlightedNode = node;
            redraw();
        }
    }

    /** Marks the link or node being edited (−1 for none) and repaints. */
    void choose(int link, int node) {
        chosenLink = link;
        chosenNode = node;
        redraw();
    }

    private void redraw() {
        if (network != null) {
            draw(network);
        }
    }

    void draw(Network current) {
        network = current;
        layout.update(current);
        width = Math.max(200, Dom.cssWidth(canvas));
        height = Math.max(140, Math.min(280, width * 0.6));
        picker.setFrame(PAD_LEFT, PAD_TOP, width - PAD_LEFT - PAD_X, height - PAD_TOP - PAD_BOTTOM);
        publishGeometry(current.spec());
        Dom.prepareCanvas(canvas, context, width, height);
        double largest = Math.max(1e-9, layout.maxAbsWeight());
        for (int link = 0; link < layout.linkCount(); link++) {
            if (link != highlightedLink && link != chosenLink) {
                drawLink(link, largest, false);
            }
        }
        if (chosenLink >= 0 && chosenLink < layout.linkCount()) {
            drawLink(chosenLink, largest, true);
        }
        if (highlightedLink >= 0 && highlightedLink < layout.linkCount()) {
            drawLink(highlightedLink, largest, true);
        }
        int columns = layout.columnCount();
        for (int node = 0; node < layout.nodeCount(); node++) {
            drawNode(node, columns);
        }
        context.setFont("11px system-ui, sans-serif");
        context.setTextAlign("center");
        context.setFillStyle("#5b6475");
        for (int c = 0; c < columns; c++) {
            String label = c == 0 ? "inputs" : c == columns - 1 ? "p̂" : "layer " + c;
            context.fillText(label, picker.x(layout, layout.node(c, 0)), height - 8);
        }
        // Each input node is named by its feature, to its left: x₁, x₂, or x₁², sin x₁ …
        dev.boundary.core.nn.InputFeatures features = current.spec().features();
        context.setTextAlign("right");
        for (int i = 0; i < features.count(); i++) {
            int node = layout.node(0, i);
            context.fillText(features.label(i), picker.x(layout, node) - NODE_RADIUS - 3, picker.y(layout, node) + 4);
        }
        context.setTextAlign("start");
    }

    private void drawLink(int link, double largest, boolean outlined) {
        double w = layout.linkWeight(link);
        double x1 = picker.x(layout, layout.linkFrom(link));
        double y1 = picker.y(layout, layout.linkFrom(link));
        double x2 = picker.x(layout, layout.linkTo(link));
        double y2 = picker.y(layout, layout.linkTo(link));
        double lineWidth = 0.5 + 4.5 * Math.abs(w) / largest;
        if (outlined) {
            context.setStrokeStyle("#111827");
            context.setLineWidth(lineWidth + 4);
            context.beginPath();
            context.moveTo(x1, y1);
            context.lineTo(x2, y2);
            context.stroke();
        }
        context.setStrokeStyle(w >= 0 ? "#2563eb" : "#f59e0b");
        context.setLineWidth(lineWidth);
        context.beginPath();
        context.moveTo(x1, y1);
        context.lineTo(x2, y2);
        context.stroke();
    }

    private void drawNode(int node, int columns) {
        boolean input = node < layout.columnSize(0);
        boolean output = node == layout.nodeCount() - 1;
        boolean marked = node == highlightedNode || node == chosenNode;
        context.beginPath();
        context.arc(picker.x(layout, node), picker.y(layout, node), NODE_RADIUS, 0, 2 * Math.PI);
        context.setFillStyle(input ? "#e5e7eb" : output ? "#111827" : "#ffffff");
        context.fill();
        context.setStrokeStyle(marked ? "#dc2626" : "#374151");
        context.setLineWidth(marked ? 3 : 1);
        context.stroke();
    }

    /**
     * Puts the link midpoints and node centres (CSS pixels, "x,y;x,y;…") on the canvas as
     * {@code data-links} and {@code data-nodes}, for tests and tools that point at them; only when
     * the size or the shape changed.
     */
    private void publishGeometry(ModelSpec spec) {
        String key = spec.describe() + spec.hasBias() + "@" + width + "x" + height;
        if (key.equals(geometryKey)) {
            return;
        }
        geometryKey = key;
        StringBuilder links = new StringBuilder();
        for (int link = 0; link < layout.linkCount(); link++) {
            double x = (picker.x(layout, layout.linkFrom(link)) + picker.x(layout, layout.linkTo(link))) / 2;
            double y = (picker.y(layout, layout.linkFrom(link)) + picker.y(layout, layout.linkTo(link))) / 2;
            links.append(link == 0 ? "" : ";").append(Numbers.fixed(x, 1)).append(',').append(Numbers.fixed(y, 1));
        }
        StringBuilder nodes = new StringBuilder();
        for (int node = 0; node < layout.nodeCount(); node++) {
            nodes.append(node == 0 ? "" : ";").append(Numbers.fixed(picker.x(layout, node), 1)).append(',')
                    .append(Numbers.fixed(picker.y(layout, node), 1));
        }
        canvas.setAttribute("data-links", links.toString());
        canvas.setAttribute("data-nodes", nodes.toString());
    }

    /** CSS pixels from the canvas's left edge of a mouse event. */
    double eventX(Event event) {
        return Dom.offsetX(canvas, ((MouseEvent) event).getClientX());
    }

    /** CSS pixels from the canvas's top edge of a mouse event. */
    double eventY(Event event) {
        return Dom.offsetY(canvas, ((MouseEvent) event).getClientY());
    }
}
