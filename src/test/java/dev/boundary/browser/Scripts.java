package dev.boundary.browser;

/** Small pieces of JavaScript both drivers run, so both browsers see the same events. */
final class Scripts {

    /** True once the page is interactive. */
    static final String READY = "document.documentElement.getAttribute('data-ready') === 'true'";

    private Scripts() {
    }

    /**
     * A window height that shows the whole page with room to spare, in CSS pixels: twice the larger of
     * the element's bottom edge and the document's height, so panels that grow as they are drawn stay
     * in view.
     */
    static String roomyHeight(String id) {
        return "2 * Math.ceil(Math.max(document.getElementById(" + quote(id) + ").getBoundingClientRect().bottom"
                + " + (window.scrollY || 0), document.documentElement.scrollHeight || 0))";
    }

    /** True when the element (a panel the page draws only in view) is up to date. */
    static String drawn(String id) {
        return "!document.getElementById(" + quote(id) + ").hasAttribute('data-stale')";
    }

    /** A JavaScript string literal for {@code text}. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Sets {@code value} on the element and fires {@code input} then {@code change}, both bubbling,
     * as a person choosing an option or dragging a slider does.
     */
    static String setValue(String id, String value) {
        return "(function (el, v) {"
                + " el.value = v;"
                + FIRE_INPUT_AND_CHANGE
                + "})(document.getElementById(" + quote(id) + "), " + quote(value) + ");";
    }

    private static final String FIRE_INPUT_AND_CHANGE =
            " el.dispatchEvent(new Event('input', {bubbles: true}));"
            + " el.dispatchEvent(new Event('change', {bubbles: true}));";

    /**
     * {@link #setValue} for a range input in HtmlUnit, whose step rounding is wrong for decimal steps
     * (it turns 0.25 with step 0.01 into 0.26). When HtmlUnit changes a value that is within
     * min–max and on a step, the element gets exactly that value, as browsers give it.
     */
    static String setRangeValueForHtmlUnit(String id, String value) {
        return "(function (el, v) {"
                + " el.value = v;"
                + " var n = Number(v), min = Number(el.min || 0), max = Number(el.max || 100);"
                + " var step = el.getAttribute('step') === 'any' ? 0 : Number(el.getAttribute('step') || 1);"
                + " var steps = step > 0 ? (n - min) / step : 0;"
                + " var valid = isFinite(n) && n >= min && n <= max && Math.abs(steps - Math.round(steps)) < 1e-7;"
                + " if (valid && Number(el.value) !== n) {"
                + "   Object.defineProperty(el, 'value', {value: String(n), writable: true, configurable: true});"
                + " }"
                + FIRE_INPUT_AND_CHANGE
                + "})(document.getElementById(" + quote(id) + "), " + quote(value) + ");";
    }

    /** True when the {@code <select>} with this id has an option with this value. */
    static String hasOption(String id, String value) {
        return "Array.prototype.some.call(document.getElementById(" + quote(id) + ").options,"
                + " function (o) { return o.value === " + quote(value) + "; })";
    }

    /**
     * Fires the pointer and mouse events of a left click at ({@code x}, {@code y}) CSS pixels from the
     * element's top-left corner: pointerdown, mousedown, pointerup, mouseup, click. Event fields the
     * browser ignored in the constructor (HtmlUnit's PointerEvent ignores coordinates) are set on the
     * event itself.
     */
    static String clickAt(String id, double x, double y, boolean shift) {
        return "(function (el, x, y, shift) {"
                + " var r = el.getBoundingClientRect();"
                + " var init = {bubbles: true, cancelable: true, view: window, button: 0, buttons: 1,"
                + "   clientX: r.left + x, clientY: r.top + y, screenX: r.left + x, screenY: r.top + y,"
                + "   shiftKey: shift, pointerId: 1, pointerType: 'mouse', isPrimary: true};"
                + " function fire(Type, type) {"
                + "   var e = new Type(type, init);"
                + "   for (var k in init) {"
                + "     if (e[k] !== init[k]) Object.defineProperty(e, k, {value: init[k]});"
                + "   }"
                + "   el.dispatchEvent(e);"
                + " }"
                + " var hasPointer = typeof PointerEvent === 'function';"
                + " if (hasPointer) fire(PointerEvent, 'pointerdown');"
                + " fire(MouseEvent, 'mousedown');"
                + " init.buttons = 0;"
                + " if (hasPointer) fire(PointerEvent, 'pointerup');"
                + " fire(MouseEvent, 'mouseup');"
                + " fire(MouseEvent, 'click');"
                + "})(document.getElementById(" + quote(id) + "), " + x + ", " + y + ", " + shift + ");";
    }

    /**
     * Fires a {@code keydown} of {@code key} (a {@code KeyboardEvent.key} value such as
     * {@code "ArrowLeft"} or {@code "Enter"}) at the element, bubbling and cancelable, with Shift held
     * when {@code shift} is true; fields HtmlUnit's constructor ignores are set on the event itself.
     */
    static String keyDown(String id, String key, boolean shift) {
        return "(function (el) {"
                + " var init = {key: " + quote(key) + ", shiftKey: " + shift + ", bubbles: true, cancelable: true};"
                + " var e = new KeyboardEvent('keydown', init);"
                + " for (var k in init) {"
                + "   if (e[k] !== init[k]) Object.defineProperty(e, k, {value: init[k]});"
                + " }"
                + " el.dispatchEvent(e);"
                + " return 0;"
                + "})(document.getElementById(" + quote(id) + "))";
    }
}
