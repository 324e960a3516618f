package dev.boundary.browser;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs each {@link BrowserTest} once per browser. The site server is started once for the whole
 * test run (on first use) and Chromium browsers are pooled ({@link ChromePool}); both are stopped at
 * the run's end. Each invocation gets a fresh HtmlUnit client or a reset Chromium window of its own,
 * so checks can run in parallel (see the failsafe configuration in pom.xml).
 */
final class BrowserExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod()
                .map(method -> AnnotationSupport.isAnnotated(method, BrowserTest.class))
                .orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        BrowserTest browsers = AnnotationSupport
                .findAnnotation(context.getRequiredTestMethod(), BrowserTest.class)
                .orElseThrow();
        return Arrays.stream(browsers.value()).distinct().map(Invocation::new);
    }

    /** One run of a check in one browser. */
    private record Invocation(Browser browser) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return browser.displayName();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new PageProvider(browser));
        }
    }

    /** Opens the driver before the test (skipping it if Chromium is absent) and hands it to the test. */
    private record PageProvider(Browser browser) implements BeforeEachCallback, ParameterResolver {

        @Override
        public void beforeEach(ExtensionContext context) {
            URI site = Site.uri(context);
            PageDriver page = switch (browser) {
                case HTMLUNIT -> new HtmlUnitPage(site);
                case CHROMIUM -> {
                    ChromeBrowser.requireInstalled();
                    ChromePool pool = context.getRoot().getStore(NAMESPACE)
                            .getOrComputeIfAbsent(ChromePool.class, key -> new ChromePool(), ChromePool.class);
                    yield ChromePage.borrow(pool, site);
                }
            };
            // Closed by JUnit when the test's context closes (stored AutoCloseables are closed).
            context.getStore(NAMESPACE).put(PageDriver.class, page);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == PageDriver.class
                    || (type == HtmlUnitPage.class && browser == Browser.HTMLUNIT)
                    || (type == ChromePage.class && browser == Browser.CHROMIUM);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getStore(NAMESPACE).get(PageDriver.class, PageDriver.class);
        }
    }
}
