package dev.boundary.web;

import dev.boundary.core.math.Quote;
import dev.boundary.core.session.Defaults;
import dev.boundary.core.session.PageOptions;
import dev.boundary.core.session.Session;

/** Entry point of both builds (WebAssembly and JavaScript): starts the playground on the page. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PageOptions options = PageOptions.parse(Dom.locationSearch(), Defaults.playground());
        try {
            new Page(new Session(options.scenario())).start(options);
        } catch (RuntimeException | StackOverflowError e) {
            // The start-up reads and checks everything first, so this is not expected; should it happen,
            // the address's link is dropped so that a reload starts clean instead of failing again.
            FilesBrowser.clearFragment();
            Dom.setText("status", "The page could not start (" + Quote.shown(String.valueOf(e.getMessage()))
                    + "). Reload it to start with the default session; your autosaved session is kept.");
            Dom.byId("status").getClassList().add("error");
        }
    }
}
