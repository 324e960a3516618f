package dev.boundary.browser;

/** Small pieces of JavaScript both drivers run, so both browsers see the same events. */
final class Scripts {

    /** True once the page is interactive. */
    static final String READY = "document.documentElement.getAttribute('data-ready') === 'true'";

    private Scripts() {
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

    /** Sets {@code value} on the element and fires {@code input} then {@code change}, both bubbling. */
    static String setValue(String id, String value) {
        return "(function (el, v) {"
                + " el.value = v;"
                + " el.dispatchEvent(new Event('input', {bubbles: true}));"
                + " el.dispatchEvent(new Event('change', {bubbles: true}));"
                + "})(document.getElementById(" + quote(id) + "), " + quote(value) + ");";
    }

    /**
     * Fires the pointer and mouse events of a left click at ({@code x}, {@code y}) CSS pixels from the
     * element's top-left corner: pointerdown, mousedown, pointerup, mouseup, click.
     */
    static String clickAt(String id, double x, double y, boolean shift) {
        return "(function (el, x, y, shift) {"
                + " var r = el.getBoundingClientRect();"
                + " var init = {bubbles: true, cancelable: true, view: window, button: 0, buttons: 1,"
                + "   clientX: r.left + x, clientY: r.top + y, screenX: r.left + x, screenY: r.top + y,"
                + "   shiftKey: shift, pointerId: 1, pointerType: 'mouse', isPrimary: true};"
                + " var hasPointer = typeof PointerEvent === 'function';"
                + " if (hasPointer) el.dispatchEvent(new PointerEvent('pointerdown', init));"
                + " el.dispatchEvent(new MouseEvent('mousedown', init));"
                + " init.buttons = 0;"
                + " if (hasPointer) el.dispatchEvent(new PointerEvent('pointerup', init));"
                + " el.dispatchEvent(new MouseEvent('mouseup', init));"
                + " el.dispatchEvent(new MouseEvent('click', init));"
                + "})(document.getElementById(" + quote(id) + "), " + x + ", " + y + ", " + shift + ");";
    }
}
