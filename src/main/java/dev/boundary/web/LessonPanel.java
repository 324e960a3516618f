package dev.boundary.web;

import dev.boundary.core.lesson.Lesson;
import dev.boundary.core.lesson.LessonAddress;
import dev.boundary.core.lesson.LessonJson;
import dev.boundary.core.lesson.LessonRun;
import dev.boundary.core.lesson.LessonStep;
import dev.boundary.core.lesson.LessonText;
import dev.boundary.core.session.Session;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The guided lessons ({@code #lesson}): the Lessons button's list (from {@code lessons/index.json}),
 * and the running lesson's card: its title and source, "3 / 8", the step's text with live numbers,
 * Back, Next and Leave. Entering a step sets up the page (a data set or example, then controls, as if
 * the learner had chosen them), rings the element it points at, and moves on when the learner has
 * done what it asks. {@code ?lesson=ID&step=N} opens a lesson at a step.
 */
final class LessonPanel implements Panel {
    private static final String TARGET_CLASS = "lesson-target";

    private final Workbench bench;
    private final DatasetChooser datasets;
    private final Transport transport;
    private LessonRun run;
    private String shownText = "";
    private String highlighted;
    /** Counts entries, so that a set-up finishing after the learner moved on is ignored. */
    private int entry;
    /** When a lesson was just opened: the step whose set-up to use for the first step shown; else -1. */
    private int openedAt = -1;

    LessonPanel(Workbench bench, DatasetChooser datasets, Transport transport) {
        this.bench = bench;
        this.datasets = datasets;
        this.transport = transport;
    }

    @Override
    public void bind() {
        Dom.on("lessons-open", "click", event -> toggleMenu());
        Dom.on("lesson-back", "click", event -> {
            if (run != null && run.back()) {
                enterStep();
            }
        });
        Dom.on("lesson-next", "click", event -> {
            if (run != null && run.next()) {
                enterStep();
            } else if (run != null) {
                leave();
            }
        });
        Dom.on("lesson-leave", "click", event -> leave());
    }

    /**
     * Opens the lesson the address names ({@code ?lesson=ID&step=N}), if any: called once the page is
     * ready, so that the lesson's files arrive after start-up, never during it.
     */
    void openFromAddress() {
        LessonAddress address = LessonAddress.parse(Dom.locationSearch());
        if (address.present()) {
            if (address.wellFormed()) {
                open(address.lessonId(), address.step());
            } else {
                bench.status("There is no lesson called \u201C" + address.lessonId() + "\u201D; the Lessons button"
                        + " lists them.", true);
            }
        }
    }

    @Override
    public void render(Session session) {
        if (run == null || !run.isReady()) {
            return;
        }
        if (run.advanceIfDone(session)) {
            enterStep();
            return;
        }
        showText(session);
    }

    private void toggleMenu() {
        HTMLElement menu = Dom.byId("lesson-menu");
        if (!menu.hasAttribute("hidden")) {
            Dom.setHidden("lesson-menu", true);
            Dom.byId("lessons-open").setAttribute("aria-expanded", "false");
            return;
        }
        Dom.byId("lessons-open").setAttribute("aria-expanded", "true");
        Dom.setHidden("lesson-menu", false);
        if (Dom.byId("lesson-list").getChildNodes().getLength() > 0) {
            return;
        }
        Fetch.text("lessons/index.json", (text, error) -> {
            if (text == null) {
                bench.status("The list of lessons could not be loaded: " + error + ".", true);
                return;
            }
            String[][] lessons;
            try {
                lessons = LessonJson.readIndex(text);
            } catch (IllegalArgumentException e) {
                bench.status("The list of lessons is not valid: " + e.getMessage() + ".", true);
                return;
            }
            HTMLElement list = Dom.byId("lesson-list");
            for (String[] lesson : lessons) {
                HTMLElement item = Dom.element("li", null);
                HTMLElement button = Dom.element("button", "lesson-choice", lesson[1]);
                button.setAttribute("type", "button");
                button.setAttribute("data-lesson", lesson[0]);
                String id = lesson[0];
                button.addEventListener("click", event -> {
                    Dom.setHidden("lesson-menu", true);
                    Dom.byId("lessons-open").setAttribute("aria-expanded", "false");
                    open(id, 0);
                });
                item.appendChild(button);
                list.appendChild(item);
            }
        });
    }

    private void open(String id, int step) {
        Fetch.text("lessons/" + id + ".json", (text, error) -> {
            if (text == null) {
                bench.status("The lesson \u201C" + id + "\u201D could not be loaded: " + error + ".", true);
                return;
            }
            Lesson lesson;
            try {
                lesson = LessonJson.read(text);
            } catch (IllegalArgumentException e) {
                bench.status("The lesson \u201C" + id + "\u201D is not valid: " + e.getMessage() + ".", true);
                return;
            }
            run = new LessonRun(lesson, step);
            openedAt = lesson.setupFor(run.stepIndex());
            Dom.setText("lesson-title", lesson.title());
            Dom.setText("lesson-source", lesson.sourceName());
            Dom.byId("lesson-source").setAttribute("href", lesson.sourceUrl());
            Dom.setHidden("lesson", false);
            Dom.document().getDocumentElement().setAttribute("data-lesson", lesson.id());
            enterStep();
        });
    }

    private void enterStep() {
        int thisEntry = ++entry;
        LessonStep step = run.step();
        highlight(null);
        Dom.setText("lesson-progress", run.progress());
        Dom.document().getDocumentElement().setAttribute("data-lesson-step", Integer.toString(run.stepIndex() + 1));
        Dom.document().getDocumentElement().removeAttribute("data-lesson-ready");
        Dom.setDisabled("lesson-back", run.isFirst());
        Dom.setText("lesson-next", run.isLast() ? "Finish" : "Next");
        Dom.setText("lesson-text", "…");
        shownText = "";
        LessonStep setup = openedAt >= 0 ? run.lesson().step(openedAt) : step;
        openedAt = -1;
        if (setup.dataset() != null) {
            try {
                datasets.open(setup.dataset(), () -> {
                    if (thisEntry == entry) {
                        finishEntry(setup);
                    }
                });
            } catch (RuntimeException e) {
                bench.status("This lesson step could not set up the page: " + e.getMessage() + ".", true);
                finishEntry(setup);
            }
        } else {
            finishEntry(setup);
        }
    }

    /** Sets the controls and trains the epochs of {@code setup}, then lets the current step's goal count. */
    private void finishEntry(LessonStep setup) {
        for (int i = 0; i < setup.controlCount(); i++) {
            String problem = setControl(setup.controlId(i), setup.controlValue(i));
            if (!problem.isEmpty()) {
                bench.status("This lesson step could not set " + setup.controlId(i) + ": " + problem + ".", true);
            }
        }
        if (setup.epochs() > 0) {
            transport.trainEpochs(setup.epochs());
        }
        run.ready(bench.session());
        highlight(run.step().target());
        showText(bench.session());
        Dom.document().getDocumentElement().setAttribute("data-lesson-ready", "true");
    }

    private void showText(Session session) {
        String text = LessonText.fill(run.step().text(), session);
        if (run.done(session)) {
            text += run.isLast() ? " \u2713 Done." : " \u2713 Done \u2014 press Next.";
        }
        if (!text.equals(shownText)) {
            shownText = text;
            Dom.setText("lesson-text", text);
        }
    }

    private void highlight(String id) {
        if (highlighted != null) {
            HTMLElement old = Dom.document().getElementById(highlighted);
            if (old != null) {
                old.getClassList().remove(TARGET_CLASS);
            }
        }
        highlighted = null;
        HTMLElement target = id == null ? null : Dom.document().getElementById(id);
        if (target != null) {
            target.getClassList().add(TARGET_CLASS);
            highlighted = id;
            scrollIntoView(target);
        }
    }

    private void leave() {
        highlight(null);
        run = null;
        ++entry;
        Dom.setHidden("lesson", true);
        Dom.document().getDocumentElement().removeAttribute("data-lesson");
        Dom.document().getDocumentElement().removeAttribute("data-lesson-step");
        Dom.document().getDocumentElement().removeAttribute("data-lesson-ready");
        bench.status("You left the lesson; the page stays as it is. The Lessons button starts one again.", false);
    }

    /** Sets a control as the learner would (its value, then input and change events); "" or what went wrong. */
    @JSBody(params = {"id", "value"}, script = ""
            + "var el = document.getElementById(id);"
            + "if (!el) { return 'the page has no control #' + id; }"
            + "if (el.type === 'checkbox') { el.checked = value === 'true'; }"
            + "else { el.value = value; if (String(el.value) !== value) { return 'it has no value ' + value; } }"
            + "el.dispatchEvent(new Event('input', {bubbles: true}));"
            + "el.dispatchEvent(new Event('change', {bubbles: true}));"
            + "return '';")
    private static native String setControl(String id, String value);

    @JSBody(params = "element", script = "if (element.scrollIntoView) {"
            + " try { element.scrollIntoView({block: 'nearest', inline: 'nearest'}); } catch (e) {} }")
    private static native void scrollIntoView(JSObject element);
}
