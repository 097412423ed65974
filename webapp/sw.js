// Offline copy of the tutor over http(s); build/OfflineCache.java names the cache after the files' hash.
// Only this copy's old caches go: a github.io origin is shared by all of its owner's sites.
var PREFIX = 'backprop-tutor ' + self.registration.scope + ' ';
var CACHE = PREFIX + '@VERSION@';
self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // Past the HTTP cache: a new worker must never store an older tutor.js beside a newer index.html.
    return cache.addAll(['./', 'index.html', 'style.css', 'tutor.js'].map(function (file) { return new Request(file, { cache: 'reload' }); }));
  }).then(function () { return self.skipWaiting(); }));
});
self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key.indexOf(PREFIX) === 0 && key !== CACHE; }).map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});
self.addEventListener('fetch', function (event) {
  if (event.request.method !== 'GET') return;
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(event.request, { ignoreSearch: true }).then(function (hit) { return hit || fetch(event.request); });
  }));
});
