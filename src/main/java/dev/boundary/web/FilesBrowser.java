package dev.boundary.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The browser services the files and sharing panel needs, as small script helpers that work the same
 * in both builds: downloads, reading a chosen or dropped file, the clipboard, the address's fragment,
 * local storage and dialogs. Every failure comes back as a value (never an exception), so the panel
 * can say what happened.
 */
final class FilesBrowser {
    private FilesBrowser() {
    }

    /** Receives a file's name, size in bytes, and its text, or null text and why it was not read. */
    @JSFunctor
    interface FileCallback extends JSObject {
        void accept(String name, double size, String text, String error);
    }

    /** Receives whether the text reached the clipboard. */
    @JSFunctor
    interface CopyCallback extends JSObject {
        void done(boolean copied);
    }

    /** Offers {@code text} as a file to download; returns "" or why it failed. */
    @JSBody(params = {"name", "mime", "text"}, script = ""
            + "try {"
            + "  var url = URL.createObjectURL(new Blob([text], {type: mime}));"
            + "  var a = document.createElement('a');"
            + "  a.href = url; a.download = name; a.style.display = 'none';"
            + "  document.body.appendChild(a); a.click(); document.body.removeChild(a);"
            + "  setTimeout(function () { try { URL.revokeObjectURL(url); } catch (e) {} }, 10000);"
            + "  return '';"
            + "} catch (e) { return String(e && e.message || e); }")
    static native String download(String name, String mime, String text);

    /** The PNG of a canvas offered as a file to download; returns "" or why it failed. */
    @JSBody(params = {"canvas", "name"}, script = ""
            + "try {"
            + "  var url = canvas.toDataURL('image/png');"
            + "  if (url.indexOf('data:image/png') !== 0) { return 'this browser cannot make a PNG of the plot'; }"
            + "  var a = document.createElement('a');"
            + "  a.href = url; a.download = name; a.style.display = 'none';"
            + "  document.body.appendChild(a); a.click(); document.body.removeChild(a);"
            + "  return '';"
            + "} catch (e) { return String(e && e.message || e); }")
    static native String downloadPng(JSObject canvas, String name);

    /**
     * The script function {@code read(file)} of both ways to bring a file in: it calls
     * {@code callback(name, size, text, problem)} with the text, or without reading it when the file is
     * over {@code maxBytes} ("too-big"), or with why the browser could not read it.
     */
    private static final String READ_FILE = ""
            + "function read(file) {"
            + "  var name = String(file.name || 'the file');"
            + "  if (file.size > maxBytes) { callback(name, file.size, null, 'too-big'); return; }"
            + "  var reader = new FileReader();"
            + "  var latin = false;"
            + "  reader.onload = function () {"
            + "    var text = String(reader.result);"
            // Bytes that are no UTF-8 but no binary either (no NUL): a file saved as Latin-1 or
            // Windows-1252 ("café" in an older spreadsheet's CSV); read it again that way.
            + "    if (!latin && text.indexOf('\\uFFFD') >= 0 && text.indexOf('\\u0000') < 0) {"
            + "      latin = true; reader.readAsText(file, 'windows-1252'); return;"
            + "    }"
            + "    callback(name, file.size, text, null);"
            + "  };"
            + "  reader.onerror = function () { callback(name, file.size, null, 'the browser could not read it'); };"
            + "  reader.readAsText(file);"
            + "}";

    /**
     * Reads the first file of a file input: the callback gets its text, or "too-big" (when it is larger
     * than {@code maxBytes}, without reading it) or why it could not be read. Clears the input, so
     * choosing the same file again reads it again.
     */
    @JSBody(params = {"input", "maxBytes", "callback"}, script = READ_FILE
            + "var file = input.files && input.files[0];"
            + "input.value = '';"
            + "if (file) { read(file); }")
    static native void readChosenFile(JSObject input, double maxBytes, FileCallback callback);

    /**
     * Makes the whole page a drop target: dragging files over it marks {@code <html class="dropping">};
     * dropping one reads it as {@link #readChosenFile} does.
     */
    @JSBody(params = {"maxBytes", "callback"}, script = READ_FILE
            + "var root = document.documentElement;"
            + "function hasFiles(e) {"
            + "  var types = e.dataTransfer && e.dataTransfer.types;"
            + "  if (!types) { return false; }"
            + "  for (var i = 0; i < types.length; i++) { if (types[i] === 'Files') { return true; } }"
            + "  return false;"
            + "}"
            + "document.addEventListener('dragover', function (e) {"
            + "  if (!hasFiles(e)) { return; }"
            + "  e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; root.classList.add('dropping');"
            + "});"
            + "document.addEventListener('dragleave', function (e) {"
            + "  if (!e.relatedTarget) { root.classList.remove('dropping'); }"
            + "});"
            + "document.addEventListener('drop', function (e) {"
            + "  root.classList.remove('dropping');"
            + "  var files = e.dataTransfer && e.dataTransfer.files;"
            + "  if (!files || files.length === 0) { return; }"
            + "  e.preventDefault();"
            + "  read(files[0]);"
            + "});")
    static native void installDrop(double maxBytes, FileCallback callback);

    /**
     * Copies {@code text} with the asynchronous clipboard; when that is missing or refused, selects
     * {@code input} (which shows the text) so that it can be copied by hand.
     */
    @JSBody(params = {"text", "input", "callback"}, script = ""
            + "function fallback() {"
            + "  try { input.focus(); input.select(); } catch (e) {}"
            + "  callback(false);"
            + "}"
            + "try {"
            + "  if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {"
            + "    navigator.clipboard.writeText(text).then(function () { callback(true); }, fallback);"
            + "    return;"
            + "  }"
            + "} catch (e) {}"
            + "fallback();")
    static native void copy(String text, JSObject input, CopyCallback callback);

    /** The address's fragment with its {@code #}, percent-escapes decoded where they are valid; or "". */
    @JSBody(script = ""
            + "var h = String(window.location.hash || '');"
            + "try { return decodeURIComponent(h); } catch (e) { return h; }")
    static native String fragment();

    /** The page's address without its fragment. */
    @JSBody(script = "return String(window.location.href).split('#')[0];")
    static native String address();

    /** Removes the fragment from the address bar without reloading or adding a history entry. */
    @JSBody(script = ""
            + "try {"
            + "  if (window.location.hash && window.history && window.history.replaceState) {"
            + "    window.history.replaceState(window.history.state, '',"
            + "        window.location.pathname + window.location.search);"
            + "  }"
            + "} catch (e) {}")
    static native void clearFragment();

    /** The stored text, or null when there is none or storage cannot be read. */
    @JSBody(params = "key", script = ""
            + "try { var v = window.localStorage.getItem(key); return v === null ? null : String(v); }"
            + "catch (e) { return null; }")
    static native String storageGet(String key);

    /** Stores the text; returns "" or the error's name ("QuotaExceededError", "SecurityError", …). */
    @JSBody(params = {"key", "value"}, script = ""
            + "try { window.localStorage.setItem(key, value); return ''; }"
            + "catch (e) { return String(e && (e.name || e.message) || e || 'Error'); }")
    static native String storageSet(String key, String value);

    /** "" when local storage can be used, else the error's name. */
    @JSBody(script = ""
            + "try {"
            + "  var s = window.localStorage;"
            + "  if (!s) { return 'NoStorage'; }"
            + "  s.getItem('boundary.probe');"
            + "  return '';"
            + "} catch (e) { return String(e && (e.name || e.message) || e || 'Error'); }")
    static native String storageProblem();

    @JSBody(params = "dialog", script = ""
            + "if (typeof dialog.showModal === 'function' && !dialog.open) {"
            + "  try { dialog.showModal(); return; } catch (e) {}"
            + "}"
            + "dialog.setAttribute('open', '');")
    static native void openDialog(JSObject dialog);

    @JSBody(params = "dialog", script = ""
            + "if (typeof dialog.close === 'function' && dialog.open) { try { dialog.close(); } catch (e) {} }"
            + "dialog.removeAttribute('open');")
    static native void closeDialog(JSObject dialog);

    @JSBody(params = "dialog", script = "return !!dialog.open || dialog.hasAttribute('open');")
    static native boolean isOpen(JSObject dialog);
}
