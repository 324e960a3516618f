package dev.boundary.browser;

import org.htmlunit.ScriptException;
import org.htmlunit.WebConsole;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.JavaScriptErrorListener;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects the JavaScript errors HtmlUnit reports (script exceptions, failed script loads,
 * {@code console.error}) instead of logging them, and drops other console output, so tests
 * stay silent and can assert that no error happened.
 */
final class HtmlUnitErrors implements JavaScriptErrorListener, WebConsole.Logger {

    private final List<String> errors = new CopyOnWriteArrayList<>();

    /** The errors so far, oldest first. */
    List<String> list() {
        return List.copyOf(errors);
    }

    /** Forgets the errors of the previous page. */
    void clear() {
        errors.clear();
    }

    @Override
    public void scriptException(HtmlPage page, ScriptException exception) {
        errors.add(exception.getMessage());
    }

    @Override
    public void timeoutError(HtmlPage page, long allowedTime, long executionTime) {
        errors.add("script ran longer than " + allowedTime + " ms");
    }

    @Override
    public void malformedScriptURL(HtmlPage page, String url, MalformedURLException exception) {
        errors.add("malformed script URL " + url);
    }

    @Override
    public void loadScriptError(HtmlPage page, URL scriptUrl, Exception exception) {
        errors.add("could not load " + scriptUrl + ": " + exception.getMessage());
    }

    @Override
    public void warn(String message, String sourceName, int line, String lineSource, int lineOffset) {
        // Parser warnings are not errors of the page.
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(Object message) {
        errors.add("console.error: " + message);
    }

    @Override
    public boolean isWarnEnabled() {
        return false;
    }

    @Override
    public void warn(Object message) {
    }

    @Override
    public boolean isInfoEnabled() {
        return false;
    }

    @Override
    public void info(Object message) {
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public void debug(Object message) {
    }

    @Override
    public boolean isTraceEnabled() {
        return false;
    }

    @Override
    public void trace(Object message) {
    }
}
