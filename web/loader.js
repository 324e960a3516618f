/*
 * Boundary engine loader.
 *
 * Starts the Java core compiled to WebAssembly GC when the browser can run it,
 * and the same core compiled to JavaScript otherwise. All paths are relative to
 * the page, so the site works under any sub-path (e.g. /boundary/).
 *
 * Before Java's main runs, <html data-engine> is set to "webassembly" or
 * "javascript" and #engine (if present) names the engine for people.
 */
(function () {
  "use strict";

  var WASM_RUNTIME = "boundary.wasm-runtime.js";
  var WASM_MODULE = "boundary.wasm";
  var JS_BUILD = "boundary.js";

  // The smallest module that uses the GC proposal: a type section holding one
  // struct type with one immutable i8 field. Engines without GC reject 0x5f.
  //   magic "\0asm", version 1,
  //   section 1 (types), 5 bytes: 1 type, struct (0x5f), 1 field, i8 (0x78), immutable (0)
  var GC_PROBE = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
                  0x01, 0x05, 0x01, 0x5f, 0x01, 0x78, 0x00];

  function supportsWasmGC() {
    try {
      return typeof WebAssembly === "object" &&
          typeof WebAssembly.validate === "function" &&
          WebAssembly.validate(new Uint8Array(GC_PROBE));
    } catch (e) {
      return false;
    }
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = function () { resolve(); };
      script.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(script);
    });
  }

  function announce(engine, name) {
    document.documentElement.setAttribute("data-engine", engine);
    var label = document.getElementById("engine");
    if (label) {
      label.textContent = name;
    }
  }

  function reason(error) {
    return error && error.message ? error.message : String(error);
  }

  function showFailure(message, error) {
    if (window.console) {
      console.error("Boundary: " + message, error);
    }
    var status = document.getElementById("status");
    if (status) {
      status.textContent = "Boundary could not start: " + message + " (" + reason(error) +
          "). Try a current version of Chrome, Edge, Firefox or Safari.";
    }
  }

  // Marks for the page's timing (performance.getEntriesByType("mark")): engine ready, main done.
  function mark(name) {
    try {
      performance.mark(name);
    } catch (e) {
      // Without the User Timing API the page simply goes unmeasured.
    }
  }

  function runMain(main) {
    mark("boundary-engine-ready");
    try {
      main([]);
    } catch (e) {
      showFailure("the engine stopped with an error", e);
    }
    mark("boundary-main-done");
  }

  // Fetching and compiling an engine needs no page: it starts as soon as this script runs (TeaVM's
  // loader compiles the WebAssembly as it streams in; index.html preloads the runtime), and main runs
  // once the page is there.
  var pageReady = new Promise(function (resolve) {
    function check() {
      if (document.readyState !== "loading") {
        resolve();
      }
    }
    document.addEventListener("DOMContentLoaded", function () { resolve(); });
    document.addEventListener("readystatechange", check);
    window.addEventListener("load", function () { resolve(); });
    check();
  });

  function startJavaScript() {
    return Promise.all([loadScript(JS_BUILD), pageReady]).then(function () {
      if (typeof window.main !== "function") {
        throw new Error(JS_BUILD + " did not define main");
      }
      announce("javascript", "JavaScript");
      runMain(window.main);
    }).catch(function (e) {
      return pageReady.then(function () {
        showFailure("neither engine could be loaded", e);
      });
    });
  }

  function startWebAssembly() {
    var loaded = loadScript(WASM_RUNTIME).then(function () {
      return window.TeaVM.wasmGC.load(WASM_MODULE);
    }).then(function (teavm) {
      return teavm.exports.main;
    }, function (e) {
      // Only load failures fall back: once main has run, the page is in use.
      if (window.console) {
        console.warn("Boundary: WebAssembly engine failed to load, using JavaScript instead:", e);
      }
      return null;
    });
    return Promise.all([loaded, pageReady]).then(function (results) {
      var main = results[0];
      if (main) {
        announce("webassembly", "WebAssembly");
        runMain(main);
      } else {
        return startJavaScript();
      }
    });
  }

  function start() {
    if (supportsWasmGC()) {
      startWebAssembly();
    } else {
      startJavaScript();
    }
  }

  // Once the page has loaded, a service worker (sw.js, written by the build) keeps every file the
  // page needs so it also starts offline. Browsers without service workers (or a page opened from a
  // file) simply go without.
  function showUpdated() {
    if (document.getElementById("update-note")) {
      return;
    }
    var note = document.createElement("p");
    note.id = "update-note";
    note.className = "update-note";
    note.setAttribute("role", "status");
    note.appendChild(document.createTextNode("A new version of Boundary is ready. "));
    var reload = document.createElement("button");
    reload.type = "button";
    reload.id = "update-reload";
    reload.textContent = "Reload";
    reload.addEventListener("click", function () { location.reload(); });
    note.appendChild(reload);
    note.appendChild(document.createTextNode(" to use it; your points and model are kept. "));
    var later = document.createElement("button");
    later.type = "button";
    later.id = "update-later";
    later.textContent = "Not now";
    later.addEventListener("click", function () { note.remove(); });
    note.appendChild(later);
    document.body.appendChild(note);
  }

  function keepOffline() {
    var workers = navigator.serviceWorker;
    if (!workers || !/^https?:$/.test(location.protocol)) {
      return;
    }
    var hadController = !!workers.controller;
    workers.addEventListener("controllerchange", function () {
      if (hadController) {
        showUpdated();
      }
      hadController = true;
    });
    workers.register("sw.js", {updateViaCache: "none"}).catch(function (e) {
      if (window.console) {
        console.warn("Boundary: the page will not be kept for offline use:", e);
      }
    });
  }

  start();
  if (document.readyState === "complete") {
    keepOffline();
  } else {
    window.addEventListener("load", keepOffline);
  }
})();
