/* Lentera counter kiosk service worker (scope /kiosk/). The kiosk page is one self-contained HTML document;
   the page stores it in the cache after each online load, and this worker answers navigations from that cache
   when the network is down, so a reload during an outage still shows a working kiosk. API calls are never cached:
   queued answers live in IndexedDB and are sent by the page with idempotency keys. */
var CACHE = "lentera-kiosk-v1";
self.addEventListener("install", function () {
  self.skipWaiting();
});
self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});
self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || request.mode !== "navigate") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.indexOf("/kiosk/") !== 0) return;
  event.respondWith(
    fetch(request)
      .then(function (response) {
        if (response.ok) {
          var copy = response.clone();
          caches.open(CACHE).then(function (cache) {
            cache.put(url.pathname, copy);
          });
        }
        return response;
      })
      .catch(function () {
        return caches.open(CACHE).then(function (cache) {
          return cache.match(url.pathname, { ignoreSearch: true }).then(function (hit) {
            if (hit) {
              // Marked so the page (and tests) can tell an offline copy from a fresh one.
              var headers = new Headers(hit.headers);
              headers.set("X-Lentera-Offline", "1");
              return hit.blob().then(function (body) {
                return new Response(body, { status: 200, headers: headers });
              });
            }
            return new Response("<!doctype html><title>Offline</title><p>Offline</p>", {
              status: 503,
              headers: { "Content-Type": "text/html; charset=utf-8" },
            });
          });
        });
      }),
  );
});
