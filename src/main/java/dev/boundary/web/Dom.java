package dev.boundary.web;

import dev.boundary.core.math.Quote;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** Small DOM helpers shared by the widgets. Text always goes in as text, never as HTML. */
final class Dom {
    private Dom() {
    }

    static HTMLDocument document() {
        return Window.current().getDocument();
    }

    static HTMLElement byId(String id) {
        HTMLElement element = document().getElementById(id);
        if (element == null) {
            throw new IllegalStateException("the page has no element #" + id);
        }
        return element;
    }

    /**
     * Shows {@code text} in element {@code id}. The page repaints every frame of play, so a write that
     * changes nothing must cost the browser nothing: an unchanged text is left alone (replacing it would
     * make the browser lay out and paint it again), and a changed one is written into the element's one
     * text node rather than replacing the node.
     */
    static void setText(String id, String text) {
        setTextOf(byId(id), text);
    }

    /** {@link #setText(String, String)} for an element already at hand. */
    @JSBody(params = {"element", "text"}, script = "var node = element.firstChild;"
            + "if (node !== null && node === element.lastChild && node.nodeType === 3) {"
            + "  if (node.data !== text) { node.data = text; }"
            + "} else if (element.textContent !== text) { element.textContent = text; }")
    static native void setTextOf(JSObject element, String text);

    /** Sets an attribute, leaving it alone when it already has that value (a write would restyle the element). */
    @JSBody(params = {"element", "name", "value"}, script = "if (element.getAttribute(name) !== value) {"
            + " element.setAttribute(name, value); }")
    static native void setAttributeOf(JSObject element, String name, String value);

    /** Adds ({@code on}) or removes a class of the element, only when that changes it. */
    @JSBody(params = {"element", "name", "on"}, script = "if (element.classList.contains(name) !== on) {"
            + " if (on) { element.classList.add(name); } else { element.classList.remove(name); } }")
    static native void setClassOf(JSObject element, String name, boolean on);

    /** Adds ({@code on}) or removes a boolean attribute such as hidden, only when that changes it. */
    @JSBody(params = {"element", "name", "on"}, script = "if (element.hasAttribute(name) !== on) {"
            + " if (on) { element.setAttribute(name, ''); } else { element.removeAttribute(name); } }")
    static native void setFlagOf(JSObject element, String name, boolean on);

    static String value(String id) {
        return valueOf(byId(id));
    }

    static void setValue(String id, String value) {
        setValueOf(byId(id), value);
    }

    static boolean checked(String id) {
        return checkedOf(byId(id));
    }

    static void setChecked(String id, boolean checked) {
        setCheckedOf(byId(id), checked);
    }

    /**
     * Calls {@code listener} on each {@code type} event of element {@code id}. A failure the handler did
     * not foresee is reported in the status line instead of escaping as an uncaught error (handlers
     * check their input first, so the session has not been changed by then).
     */
    static <E extends Event> void on(String id, String type, EventListener<E> listener) {
        byId(id).addEventListener(type, (E event) -> {
            try {
                listener.handleEvent(event);
            } catch (RuntimeException e) {
                // Written afresh, so that a screen reader announces it again if it repeats.
                byId("status").setTextContent("That could not be done: " + Quote.shown(String.valueOf(e.getMessage())) + ".");
                setClassOf(byId("status"), "error", true);
            }
        });
    }

    /** A new {@code <tag>} with this class and text (either may be null for none). */
    static HTMLElement element(String tag, String className, String text) {
        HTMLElement element = (HTMLElement) document().createElement(tag);
        if (className != null) {
            element.setAttribute("class", className);
        }
        if (text != null) {
            element.setTextContent(text);
        }
        return element;
    }

    /** A new {@code <tag>} with this class. */
    static HTMLElement element(String tag, String className) {
        return element(tag, className, null);
    }

    @JSBody(params = "element", script = "return document.activeElement === element;")
    static native boolean isFocused(JSObject element);

    static void setHidden(String id, boolean hidden) {
        setFlagOf(byId(id), "hidden", hidden);
    }

    static void setDisabled(String id, boolean disabled) {
        setFlagOf(byId(id), "disabled", disabled);
    }

    /**
     * The value of an input, select or text area ({@code value} is the same property on each, so the
     * input's typed view reads all three); "" when it has none.
     */
    static String valueOf(JSObject element) {
        String value = ((HTMLInputElement) element).getValue();
        return value == null ? "" : value;
    }

    /** Sets the value of an input, select or text area, unless it already has it. */
    @JSBody(params = {"element", "value"}, script = "if (element.value !== value) { element.value = value; }")
    static native void setValueOf(JSObject element, String value);

    static boolean checkedOf(JSObject element) {
        return ((HTMLInputElement) element).isChecked();
    }

    @JSBody(params = {"element", "checked"}, script = "if (element.checked !== checked) { element.checked = checked; }")
    static native void setCheckedOf(JSObject element, boolean checked);

    /** Milliseconds from the page's start, with sub-millisecond resolution. */
    static double now() {
        return Performance.now();
    }

    /**
     * Sizes the canvas's pixels to {@code cssWidth × cssHeight} CSS pixels at the screen's pixel ratio
     * (only when they changed), scales the context so it draws in CSS pixels, and paints it white.
     * Returns the pixel ratio.
     */
    static double prepareCanvas(org.teavm.jso.dom.html.HTMLCanvasElement canvas,
            org.teavm.jso.canvas.CanvasRenderingContext2D context, double cssWidth, double cssHeight) {
        double ratio = devicePixelRatio();
        int width = (int) Math.round(cssWidth * ratio);
        int height = (int) Math.round(cssHeight * ratio);
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
        context.setFillStyle("#ffffff");
        context.fillRect(0, 0, cssWidth, cssHeight);
        return ratio;
    }

    static double devicePixelRatio() {
        double ratio = Window.current().getDevicePixelRatio();
        return ratio > 0 ? ratio : 1; // also for NaN, where a browser leaves it undefined
    }

    static void preventDefault(JSObject event) {
        ((Event) event).preventDefault();
    }

    static String key(JSObject event) {
        String key = ((KeyboardEvent) event).getKey();
        return key == null ? "" : key;
    }

    @JSBody(params = "event", script = "var t = event.target; return !!t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA');")
    static native boolean targetIsField(JSObject event);

    /** Whether a key goes into a box the learner types in: a text or number field, a text area, an editable element. */
    @JSBody(params = "event", script = "var t = event.target; if (!t) return false;"
            + " if (t.isContentEditable || t.tagName === 'TEXTAREA') return true;"
            + " if (t.tagName !== 'INPUT') return false;"
            + " var type = (t.type || 'text').toLowerCase();"
            + " return !(type === 'range' || type === 'checkbox' || type === 'radio' || type === 'button'"
            + " || type === 'submit' || type === 'reset' || type === 'file' || type === 'color');")
    static native boolean targetIsTyping(JSObject event);

    @JSBody(params = "event", script = "var t = event.target; return !!t && t.tagName === 'SELECT';")
    static native boolean targetIsMenu(JSObject event);

    @JSBody(params = "event", script = "var t = event.target; return !!t && t.tagName === 'INPUT'"
            + " && (t.type === 'checkbox' || t.type === 'radio');")
    static native boolean targetIsToggle(JSObject event);

    @JSBody(params = "event", script = "var t = event.target; return !!t && (t.tagName === 'BUTTON' || t.tagName === 'A');")
    static native boolean targetIsButton(JSObject event);

    // TeaVM's typed getBoundingClientRect() gives whole pixels (TextRectangle's int getters); these
    // need the fractional CSS pixels, so they stay scripts.
    @JSBody(params = {"element"}, script = "var r = element.getBoundingClientRect(); return r.width;")
    static native double cssWidth(JSObject element);

    @JSBody(params = {"element"}, script = "var r = element.getBoundingClientRect(); return r.height;")
    static native double cssHeight(JSObject element);

    @JSBody(params = {"element", "clientX"}, script = "var r = element.getBoundingClientRect(); return clientX - r.left;")
    static native double offsetX(JSObject element, double clientX);

    @JSBody(params = {"element", "clientY"}, script = "var r = element.getBoundingClientRect(); return clientY - r.top;")
    static native double offsetY(JSObject element, double clientY);

    /** True when some of the element is inside the window (not scrolled out of view). */
    @JSBody(params = "element", script = "var r = element.getBoundingClientRect();"
            + " return r.bottom > 0 && r.top < (window.innerHeight || 0) && r.right > 0 && r.left < (window.innerWidth || 0);")
    static native boolean isOnScreen(JSObject element);

    /** The page address's query string, e.g. {@code ?dataset=xor&play}, or "". */
    static String locationSearch() {
        String search = Window.current().getLocation().getSearch();
        return search == null ? "" : search;
    }
}
