package dev.boundary.web;

import dev.boundary.core.session.Defaults;
import dev.boundary.core.session.Session;

/** Entry point of both builds (WebAssembly and JavaScript): starts the playground on the page. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        new Page(new Session(Defaults.playground())).start();
    }
}
