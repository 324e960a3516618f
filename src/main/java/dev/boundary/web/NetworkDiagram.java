package dev.boundary.web;

import dev.boundary.core.nn.DenseLayer;
import dev.boundary.core.nn.Network;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The network on {@code #network-diagram}: one column of nodes per layer, links coloured by the sign of
 * their weight (blue positive, orange negative) and as thick as its magnitude.
 */
final class NetworkDiagram {
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;

    NetworkDiagram() {
        canvas = (HTMLCanvasElement) Dom.byId("network-diagram");
        context = (CanvasRenderingContext2D) canvas.getContext("2d");
    }

    void draw(Network network) {
        double ratio = Dom.devicePixelRatio();
        double width = Math.max(200, Dom.cssWidth(canvas));
        double height = Math.max(120, Math.min(260, width * 0.55));
        int pixelWidth = (int) Math.round(width * ratio);
        int pixelHeight = (int) Math.round(height * ratio);
        if (canvas.getWidth() != pixelWidth || canvas.getHeight() != pixelHeight) {
            canvas.setWidth(pixelWidth);
            canvas.setHeight(pixelHeight);
        }
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
        context.setFillStyle("#ffffff");
        context.fillRect(0, 0, width, height);
        int columns = network.layerCount() + 1;
        double largest = 1e-9;
        for (int l = 0; l < network.layerCount(); l++) {
            for (double w : network.layer(l).weights().data()) {
                largest = Math.max(largest, Math.abs(w));
            }
        }
        for (int l = 0; l < network.layerCount(); l++) {
            DenseLayer layer = network.layer(l);
            for (int u = 0; u < layer.units(); u++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    double w = layer.weight(u, i);
                    context.setStrokeStyle(w >= 0 ? "#2563eb" : "#f59e0b");
                    context.setLineWidth(0.5 + 4.5 * Math.abs(w) / largest);
                    context.beginPath();
                    context.moveTo(x(l, columns, width), y(i, layer.inputs(), height));
                    context.lineTo(x(l + 1, columns, width), y(u, layer.units(), height));
                    context.stroke();
                }
            }
        }
        context.setFont("11px system-ui, sans-serif");
        context.setTextAlign("center");
        for (int c = 0; c < columns; c++) {
            int nodes = c == 0 ? network.layer(0).inputs() : network.layer(c - 1).units();
            for (int n = 0; n < nodes; n++) {
                context.beginPath();
                context.arc(x(c, columns, width), y(n, nodes, height), 7, 0, 2 * Math.PI);
                context.setFillStyle(c == 0 ? "#e5e7eb" : c == columns - 1 ? "#111827" : "#ffffff");
                context.fill();
                context.setStrokeStyle("#374151");
                context.setLineWidth(1);
                context.stroke();
            }
            String label = c == 0 ? "x" : c == columns - 1 ? "p̂" : "layer " + c;
            context.setFillStyle("#5b6475");
            context.fillText(label, x(c, columns, width), height - 4);
        }
        context.setTextAlign("start");
    }

    private static double x(int column, int columns, double width) {
        return 20 + (width - 40) * column / Math.max(1, columns - 1);
    }

    private static double y(int node, int nodes, double height) {
        double top = 14;
        double usable = height - 36;
        return nodes == 1 ? top + usable / 2 : top + usable * node / (nodes - 1);
    }
}
