/*
 * Boundary's service worker: keeps the whole page in a cache so it starts, trains and opens every
 * worked example without a network.
 *
 * The build (dev.boundary.tools.OfflineCache) writes VERSION, a hash of every file of the site, and
 * FILES, the files the page needs, relative to this worker (so the site works under any sub-path).
 * A new build changes VERSION, so the browser installs the new worker, which fetches the new files
 * into a cache of its own; once they are all in, it takes over and drops the old caches. A page that
 * is open keeps running; the next load shows the new version.
 */
"use strict";

const VERSION = "dev";
const FILES = [];

const PREFIX = "boundary-";
const CACHE = PREFIX + VERSION;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // "reload" skips the browser's HTTP cache, so the new cache never takes an old file.
    return cache.addAll(FILES.map(function (file) {
      return new Request(file, {cache: "reload"});
    }));
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.startsWith(PREFIX) && name !== CACHE;
    }).map(function (name) {
      return caches.delete(name);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener("fetch", function (event) {
  const request = event.request;
  if (request.method !== "GET" || VERSION === "dev") {
    return;
  }
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) {
    return;
  }
  // The page itself is cached as "./": its address may carry options (?dataset=…) or a #s= link.
  const key = request.mode === "navigate" && url.pathname === scope.pathname ? scope.href : request;
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(key, {ignoreSearch: request.mode === "navigate"});
  }).then(function (cached) {
    return cached || fetch(request);
  }));
});
