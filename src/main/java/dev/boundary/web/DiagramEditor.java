package dev.boundary.web;

import dev.boundary.core.explain.BatchGradient;
import dev.boundary.core.explain.Figures;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.session.Session;
import dev.boundary.core.view.NetworkDiagramLayout;
import dev.boundary.core.view.ParameterIndex;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Reading and editing the network diagram's weights: hovering a link shows its weight and ∂J/∂w over
 * all the training points (the gradient the next full-batch step follows); clicking a link, or a
 * unit's node for its bias, chooses it in the editor under the diagram, where a new value can be typed.
 * The editor's list names every parameter, so the same works from the keyboard.
 */
final class DiagramEditor implements Panel {
    private static final double LINK_TOLERANCE = 5;

    private final Workbench bench;
    private final NetworkDiagram diagram;
    private final BatchGradient batch = new BatchGradient();
    private HTMLElement readout;
    private HTMLElement choice;
    private HTMLElement valueField;
    private ModelSpec listed;
    private int hovered = -1;
    private int chosen = -1;
    private String error;

    DiagramEditor(Workbench bench, NetworkDiagram diagram) {
        this.bench = bench;
        this.diagram = diagram;
    }

    @Override
    public void bind() {
        HTMLElement canvas = diagram.canvas();
        readout = Dom.element("p", "diagram-readout", "Hover over a link to read its weight and gradient; click it to edit.");
        readout.setAttribute("id", "diagram-readout");
        readout.setAttribute("aria-live", "polite");
        HTMLElement editor = Dom.element("div", "diagram-editor row", null);
        HTMLElement label = Dom.element("label", "inline", "Edit");
        label.setAttribute("for", "link-choice");
        choice = Dom.element("select", null, null);
        choice.setAttribute("id", "link-choice");
        valueField = Dom.element("input", null, null);
        valueField.setAttribute("id", "link-value");
        valueField.setAttribute("type", "number");
        valueField.setAttribute("step", "any");
        valueField.setAttribute("aria-label", "New value of the chosen weight");
        HTMLElement set = Dom.element("button", null, "Set");
        set.setAttribute("id", "link-set");
        set.setAttribute("type", "button");
        editor.appendChild(label);
        editor.appendChild(choice);
        editor.appendChild(valueField);
        editor.appendChild(set);
        canvas.getParentNode().insertBefore(editor, canvas.getNextSibling());
        canvas.getParentNode().insertBefore(readout, editor);

        canvas.addEventListener("mousemove", (Event event) -> {
            hovered = parameterAt(diagram.eventX(event), diagram.eventY(event));
            showHover();
            show(bench.session());
        });
        canvas.addEventListener("mouseleave", (Event event) -> {
            hovered = -1;
            showHover();
            show(bench.session());
        });
        canvas.addEventListener("click", (Event event) -> {
            int parameter = parameterAt(diagram.eventX(event), diagram.eventY(event));
            if (parameter >= 0) {
                choose(parameter);
                focus(valueField);
            }
        });
        choice.addEventListener("change", (Event event) -> choose(Integer.parseInt(Dom.valueOf(choice))));
        set.addEventListener("click", (Event event) -> commit());
        valueField.addEventListener("keydown", (Event event) -> {
            if (Dom.key(event).equals("Enter")) {
                commit();
            }
        });
    }

    /** The flat parameter index of the link or bias node at (x, y) in CSS pixels, or −1. */
    private int parameterAt(double x, double y) {
        Network network = diagram.network();
        if (network == null) {
            return -1;
        }
        NetworkDiagramLayout layout = diagram.layout();
        int node = diagram.picker().nodeAt(layout, x, y, NetworkDiagram.NODE_RADIUS + 2);
        if (node >= 0) {
            return biasOf(network.spec(), layout, node);
        }
        int link = diagram.picker().linkAt(layout, x, y, LINK_TOLERANCE);
        return link < 0 ? -1 : layout.linkParameterIndex(link);
    }

    /** The flat index of the bias of a unit's node; −1 for an input node or a model without biases. */
    private static int biasOf(ModelSpec spec, NetworkDiagramLayout layout, int node) {
        if (!spec.hasBias() || node < layout.columnSize(0)) {
            return -1;
        }
        int offset = 0;
        for (int l = 0; l < spec.layerCount(); l++) {
            int first = layout.node(l + 1, 0);
            if (node < first + spec.units(l)) {
                return offset + spec.units(l) * spec.inputs(l) + (node - first);
            }
            offset += spec.units(l) * spec.inputs(l) + spec.units(l);
        }
        return -1;
    }

    private void choose(int parameter) {
        chosen = parameter;
        error = null;
        Network network = bench.session().network();
        Dom.setValueOf(choice, Integer.toString(parameter));
        Dom.setValueOf(valueField, Numbers.shortest(ParameterIndex.get(network, parameter)));
        showChosen();
        show(bench.session());
    }

    private void commit() {
        if (chosen < 0) {
            error = "Choose a weight first: click a link, or pick one in the list.";
            show(bench.session());
            return;
        }
        Session session = bench.session();
        String name = ParameterIndex.name(session.network().spec(), chosen);
        String text = Dom.valueOf(valueField).trim();
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            error = "“" + text + "” is not a number; " + name + " stays "
                    + Figures.brief(ParameterIndex.get(session.network(), chosen)) + ".";
            show(session);
            return;
        }
        error = null;
        session.setParameter(chosen, value);
        bench.status(name + " is now " + Figures.brief(value) + "; training goes on from these weights.", false);
        bench.render();
    }

    @Override
    public void render(Session session) {
        ModelSpec spec = session.network().spec();
        if (!spec.sameAs(listed)) {
            listed = spec;
            hovered = -1;
            chosen = -1;
            error = null;
            fillList(spec);
            Dom.setValueOf(valueField, "");
            showHover();
            showChosen();
        }
        if (chosen >= 0 && !Dom.isFocused(valueField)) {
            Dom.setValueOf(valueField, Numbers.shortest(ParameterIndex.get(session.network(), chosen)));
        }
        show(session);
    }

    private void fillList(ModelSpec spec) {
        while (choice.getFirstChild() != null) {
            choice.removeChild(choice.getFirstChild());
        }
        HTMLElement none = Dom.element("option", null, "a weight…");
        none.setAttribute("value", "-1");
        choice.appendChild(none);
        int index = 0;
        for (int l = 0; l < spec.layerCount(); l++) {
            for (int k = 0; k < spec.units(l) * spec.inputs(l) + spec.units(l); k++, index++) {
                if (!spec.hasBias() && ParameterIndex.isBias(spec, index)) {
                    continue;
                }
                HTMLElement option = Dom.element("option", null, ParameterIndex.name(spec, index) + "  " + describe(spec, index));
                option.setAttribute("value", Integer.toString(index));
                choice.appendChild(option);
            }
        }
        Dom.setValueOf(choice, "-1");
    }

    /** "x₂ → p̂" for a weight, "bias of layer 1, unit 2" for a bias (units counted from 1). */
    private static String describe(ModelSpec spec, int index) {
        int offset = index;
        for (int l = 0; l < spec.layerCount(); l++) {
            int weights = spec.units(l) * spec.inputs(l);
            boolean last = l == spec.layerCount() - 1;
            if (offset < weights) {
                int unit = offset / spec.inputs(l);
                int input = offset % spec.inputs(l);
                String from = l == 0 ? Figures.inputName(spec.features(), input) : "layer " + l + ", unit " + (input + 1);
                return from + " → " + (last ? "p̂" : "layer " + (l + 1) + ", unit " + (unit + 1));
            }
            offset -= weights;
            if (offset < spec.units(l)) {
                return "bias of " + (last ? "p̂" : "layer " + (l + 1) + ", unit " + (offset + 1));
            }
            offset -= spec.units(l);
        }
        return "";
    }

    /** The read-out: the hovered parameter, else the chosen one, with its ∂J/∂p over all points. */
    private void show(Session session) {
        int parameter = hovered >= 0 ? hovered : chosen;
        if (error != null) {
            Dom.setTextOf(readout, error);
            Dom.setAttributeOf(readout, "class", "diagram-readout error");
            return;
        }
        Dom.setAttributeOf(readout, "class", "diagram-readout");
        if (parameter < 0) {
            Dom.setTextOf(readout, "Hover over a link to read its weight and gradient; click it (or a node, for its "
                    + "bias) to edit.");
            return;
        }
        Network network = session.network();
        ModelSpec spec = network.spec();
        StringBuilder text = new StringBuilder(ParameterIndex.name(spec, parameter)).append(" (")
                .append(describe(spec, parameter)).append(") = ")
                .append(Figures.value(ParameterIndex.get(network, parameter)));
        int m = session.data().size();
        if (m > 0) {
            batch.compute(network, session.data(), session.scenario().training());
            text.append("   ∂J/∂").append(ParameterIndex.isBias(spec, parameter) ? "b" : "w").append(" = ")
                    .append(Figures.value(batch.gradient(parameter))).append(" over the ").append(m)
                    .append(m == 1 ? " point" : " points");
        }
        Dom.setTextOf(readout, text.toString());
    }

    private void showHover() {
        int[] target = target(hovered);
        diagram.highlight(target[0], target[1]);
    }

    private void showChosen() {
        int[] target = target(chosen);
        diagram.choose(target[0], target[1]);
    }

    /** The diagram's link (or bias node) of a parameter: {link, node}, −1 where none. */
    private int[] target(int parameter) {
        NetworkDiagramLayout layout = diagram.layout();
        Network network = diagram.network();
        if (parameter < 0 || network == null) {
            return new int[] {-1, -1};
        }
        for (int link = 0; link < layout.linkCount(); link++) {
            if (layout.linkParameterIndex(link) == parameter) {
                return new int[] {link, -1};
            }
        }
        for (int node = 0; node < layout.nodeCount(); node++) {
            if (biasOf(network.spec(), layout, node) == parameter) {
                return new int[] {-1, node};
            }
        }
        return new int[] {-1, -1};
    }

    @JSBody(params = "element", script = "element.focus();")
    private static native void focus(JSObject element);
}
