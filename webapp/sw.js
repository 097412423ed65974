// The tutor offline over http(s): README, "Offline after the first visit". One origin may host several copies.
var PREFIX = 'backprop-tutor ' + self.registration.scope + ' ';
var CACHE = PREFIX + '@VERSION@';
self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(['./', 'index.html', 'style.css', 'tutor.js', 'symbolic.js', 'editor.js', 'generator.js'].map(function (file) { return new Request(file, { cache: 'reload' }); }));
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
