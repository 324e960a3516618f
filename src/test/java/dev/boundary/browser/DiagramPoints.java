package dev.boundary.browser;

/**
 * Where the network diagram draws its links and nodes, read from the canvas's {@code data-links} and
 * {@code data-nodes} ("x,y;x,y;…" in CSS pixels from its top-left corner), and pointer events at them.
 */
final class DiagramPoints {
    private DiagramPoints() {
    }

    /** The midpoint of link {@code index} (links in the flat order of the weights). */
    static double[] link(PageDriver page, int index) {
        return point(page.attribute("network-diagram", "data-links"), index);
    }

    /** The centre of node {@code index} (inputs first, column by column). */
    static double[] node(PageDriver page, int index) {
        return point(page.attribute("network-diagram", "data-nodes"), index);
    }

    private static double[] point(String list, int index) {
        String[] xy = list.split(";")[index].split(",");
        return new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }

    /**
     * A script firing a mouse event of {@code type} on the diagram at (x, y). Coordinates HtmlUnit's
     * constructor ignores are set on the event itself, as {@link Scripts#clickAt} does.
     */
    static String mouse(String type, double x, double y) {
        return "(function (el) { var r = el.getBoundingClientRect();"
                + " var init = {bubbles: true, cancelable: true, view: window, clientX: r.left + " + x
                + ", clientY: r.top + " + y + "};"
                + " var e = new MouseEvent('" + type + "', init);"
                + " for (var k in init) { if (e[k] !== init[k]) Object.defineProperty(e, k, {value: init[k]}); }"
                + " el.dispatchEvent(e); return 0; })(document.getElementById('network-diagram'))";
    }
}
