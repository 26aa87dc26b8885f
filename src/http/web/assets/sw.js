// Broadsheet service worker. The server fills in VERSION and SHELL (static-assets.ts).
// - install: caches the shell (front page, offline page, stylesheet, script, icon)
// - pages: network first; a copy of every story, article and list page read is kept (the last 60),
//   so recently visited pages open offline; unknown pages offline get the offline page
// - assets (versioned URLs) and proxied images: cache first
/* global self, caches, fetch, Response */
'use strict'

var VERSION = '__VERSION__'
var SHELL = ['__SHELL__']
var SHELL_CACHE = 'broadsheet-shell-' + VERSION
var PAGE_CACHE = 'broadsheet-pages'
var IMAGE_CACHE = 'broadsheet-images'
var MAX_PAGES = 60
var MAX_IMAGES = 200

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then(function (cache) {
        return cache.addAll(SHELL)
      })
      .then(function () {
        return self.skipWaiting()
      }),
  )
})

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (keys) {
        return Promise.all(
          keys
            .filter(function (key) {
              return key.indexOf('broadsheet-shell-') === 0 && key !== SHELL_CACHE
            })
            .map(function (key) {
              return caches.delete(key)
            }),
        )
      })
      .then(function () {
        return self.clients.claim()
      }),
  )
})

function trim(cacheName, max) {
  return caches.open(cacheName).then(function (cache) {
    return cache.keys().then(function (keys) {
      if (keys.length <= max) return undefined
      return Promise.all(
        keys.slice(0, keys.length - max).map(function (key) {
          return cache.delete(key)
        }),
      )
    })
  })
}

function isPage(request, url) {
  if (request.mode === 'navigate') return true
  var accept = request.headers.get('accept') || ''
  return accept.indexOf('text/html') !== -1 && url.searchParams.get('fragment') !== '1'
}

function networkFirst(event, request) {
  return fetch(request)
    .then(function (response) {
      if (response.ok && response.type === 'basic') {
        var copy = response.clone()
        event.waitUntil(
          caches
            .open(PAGE_CACHE)
            .then(function (cache) {
              return cache.delete(request).then(function () {
                return cache.put(request, copy)
              })
            })
            .then(function () {
              return trim(PAGE_CACHE, MAX_PAGES)
            }),
        )
      }
      return response
    })
    .catch(function () {
      return caches.match(request, { ignoreVary: true }).then(function (cached) {
        if (cached) return cached
        return caches.match('/offline').then(function (offline) {
          return (
            offline ||
            new Response('You are offline.', {
              status: 503,
              headers: { 'Content-Type': 'text/plain; charset=utf-8' },
            })
          )
        })
      })
    })
}

function cacheFirst(event, request, cacheName, max) {
  return caches.match(request).then(function (cached) {
    if (cached) return cached
    return fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone()
        event.waitUntil(
          caches
            .open(cacheName)
            .then(function (cache) {
              return cache.put(request, copy)
            })
            .then(function () {
              return max ? trim(cacheName, max) : undefined
            }),
        )
      }
      return response
    })
  })
}

self.addEventListener('fetch', function (event) {
  var request = event.request
  if (request.method !== 'GET') return
  var url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (
    url.pathname === '/sw.js' ||
    url.pathname === '/healthz' ||
    url.pathname.indexOf('/operator') === 0
  ) {
    return
  }
  if (url.pathname.indexOf('/assets/') === 0) {
    event.respondWith(cacheFirst(event, request, SHELL_CACHE, 0))
  } else if (url.pathname === '/img') {
    event.respondWith(cacheFirst(event, request, IMAGE_CACHE, MAX_IMAGES))
  } else if (isPage(request, url)) {
    event.respondWith(networkFirst(event, request))
  }
})
