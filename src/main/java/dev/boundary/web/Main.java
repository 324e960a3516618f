package dev.boundary.web;

import dev.boundary.core.session.Defaults;
import dev.boundary.core.session.PageOptions;
import dev.boundary.core.session.Session;

/** Entry point of both builds (WebAssembly and JavaScript): starts the playground on the page. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PageOptions options = PageOptions.parse(Dom.locationSearch(), Defaults.playground());
        new Page(new Session(options.scenario())).start(options);
    }
}
