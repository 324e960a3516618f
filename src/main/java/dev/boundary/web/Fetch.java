package dev.boundary.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Loads a text file relative to the page. */
final class Fetch {
    private Fetch() {
    }

    /** Receives the file's text, or null and a reason. */
    @JSFunctor
    interface TextCallback extends JSObject {
        void accept(String text, String error);
    }

    @JSBody(params = {"url", "callback"}, script = ""
            + "var request = new XMLHttpRequest();"
            + "request.open('GET', url);"
            + "request.onload = function() {"
            + "  if (request.status >= 200 && request.status < 300 || request.status === 0 && request.responseText) {"
            + "    callback(request.responseText, null);"
            + "  } else { callback(null, 'the server answered ' + request.status); }"
            + "};"
            + "request.onerror = function() { callback(null, 'it could not be loaded'); };"
            + "request.send();")
    static native void text(String url, TextCallback callback);
}
