package dev.boundary.browser;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page check written once and run once per browser. The method takes a
 * {@link PageDriver} (or, for a single-browser check, {@link HtmlUnitPage} or
 * {@link ChromePage}) opened on the site served for the whole test run:
 *
 * <pre>
 * &#64;BrowserTest
 * void showsTheEngine(PageDriver page) {
 *     page.open("");
 *     assertEquals(page.browser().expectedEngine(), page.documentAttribute("data-engine"));
 * }
 * </pre>
 *
 * Chromium runs are skipped when Chromium is not installed, except under CI
 * (environment variable {@code CI=true}), where they fail instead.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

    /** The browsers to run the check in; both by default. */
    Browser[] value() default {Browser.HTMLUNIT, Browser.CHROMIUM};
}
