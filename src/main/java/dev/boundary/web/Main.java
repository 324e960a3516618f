package dev.boundary.web;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;

public final class Main {
    public static void main(String[] args) {
        HTMLDocument document = Window.current().getDocument();
        document.getElementById("status").setTextContent("core loaded " + Math.exp(1.0));
    }
}
