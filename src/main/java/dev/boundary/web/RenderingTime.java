package dev.boundary.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * How long the browser's own part of a frame takes: after the page's animation-frame callback the
 * browser recomputes styles, lays out, paints and hands the canvases to the compositor, all on the
 * same thread and before anything else runs. A message posted at the end of the callback is delivered
 * right after that work, so the time from posting to delivery measures it. Animator leaves this much
 * of the frame to the browser; without it the page's 12 ms of training and drawing plus the browser's
 * 5 ms made frames miss the display's 16.7 ms.
 *
 * <p>The estimate is the largest of the last {@link #WINDOW} measurements, so that one quick frame does
 * not hand the browser's time back to training.
 */
final class RenderingTime {
    private static final int WINDOW = 8;

    private final double[] recent = new double[WINDOW];
    private int next;
    private double posted = Double.NaN;
    private final JSObject channel;

    /** Called with nothing when the posted message arrives. */
    @JSFunctor
    interface Delivered extends JSObject {
        void run();
    }

    RenderingTime() {
        channel = openChannel(this::delivered);
    }

    /** Call at the end of a frame's callback: the browser's rendering of this frame is measured next. */
    void frameEnded() {
        posted = Dom.now();
        post(channel);
    }

    /** The browser's rendering time to allow for (ms): the largest of the last few frames' measurements. */
    double estimate() {
        double most = 0;
        for (double value : recent) {
            most = Math.max(most, value);
        }
        return most;
    }

    private void delivered() {
        if (!Double.isNaN(posted)) {
            recent[next] = Dom.now() - posted;
            next = (next + 1) % WINDOW;
            posted = Double.NaN;
        }
    }

    /** A message channel whose messages call {@code delivered}; a zero-delay timer where there is none. */
    @JSBody(params = "delivered", script = "if (typeof MessageChannel === 'function') {"
            + "  var channel = new MessageChannel(); channel.port1.onmessage = function () { delivered(); };"
            + "  return { post: function () { channel.port2.postMessage(0); } };"
            + "}"
            + "return { post: function () { setTimeout(function () { delivered(); }, 0); } };")
    private static native JSObject openChannel(Delivered delivered);

    @JSBody(params = "channel", script = "channel.post();")
    private static native void post(JSObject channel);
}
