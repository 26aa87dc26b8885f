// Broadsheet: progressive enhancement only. Every page works without this file.
// - registers the service worker (offline reading of recently opened pages)
// - shows an offline notice while the browser is offline
// - j/k move between stories and entries, / focuses search
// - "More" on Latest loads the next entries in place
// - clock times in the reader's time zone; "Download the app" where the browser offers it
/* global window, document, navigator, fetch, caches */
;(function () {
  'use strict'

  if ('serviceWorker' in navigator) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('/sw.js').catch(function () {
        // no offline reading in this browser; the pages still work
      })
    })
  }

  var banner = document.getElementById('offline-banner')
  function showConnection() {
    if (banner) banner.hidden = navigator.onLine !== false
  }
  window.addEventListener('online', showConnection)
  window.addEventListener('offline', showConnection)
  showConnection()

  // Clock times in the reader's own time zone.
  var clockFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' })
  document.querySelectorAll('time[data-clock]').forEach(function (el) {
    var at = new Date(el.getAttribute('datetime'))
    if (isNaN(at.getTime())) return
    el.textContent = clockFormat.format(at)
    var tz = el.nextElementSibling
    if (tz && tz.classList.contains('tz')) tz.remove()
  })

  // Relative times, refreshed (pages may come from the offline cache).
  function relative(at, now) {
    var ago = now - at
    if (ago < 60000) return 'just now'
    if (ago < 3600000) return Math.floor(ago / 60000) + ' min ago'
    if (ago < 86400000) return Math.floor(ago / 3600000) + ' h ago'
    if (ago < 172800000) return 'yesterday'
    if (ago < 604800000) return Math.floor(ago / 86400000) + ' days ago'
    return null
  }
  function refreshTimes(root) {
    var now = Date.now()
    root.querySelectorAll('time[data-relative]').forEach(function (el) {
      var at = new Date(el.getAttribute('datetime')).getTime()
      var text = isNaN(at) ? null : relative(at, now)
      if (text) el.textContent = text
    })
  }
  refreshTimes(document)

  // j / k between stories and entries; / to search.
  var current = -1
  function items() {
    return Array.prototype.slice.call(document.querySelectorAll('[data-nav-item]'))
  }
  function move(step) {
    var list = items()
    if (list.length === 0) return
    var previous = list[current]
    if (previous) previous.classList.remove('is-current')
    current = Math.max(0, Math.min(list.length - 1, current + step))
    var item = list[current]
    item.classList.add('is-current')
    var link = item.querySelector('a[href]')
    if (link) link.focus({ preventScroll: true })
    item.scrollIntoView({ block: 'nearest' })
  }
  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
    var target = event.target
    var tag = target && target.tagName
    if (
      tag === 'INPUT' ||
      tag === 'TEXTAREA' ||
      tag === 'SELECT' ||
      (target && target.isContentEditable)
    ) {
      return
    }
    if (event.key === 'j') {
      move(1)
      event.preventDefault()
    } else if (event.key === 'k') {
      move(-1)
      event.preventDefault()
    } else if (event.key === '/') {
      var search = document.getElementById('search-q') || document.getElementById('masthead-q')
      if (search) {
        search.focus()
        event.preventDefault()
      }
    }
  })

  // "More": fetch the next entries and append them.
  document.querySelectorAll('a[data-load-more]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var list = document.getElementById(link.getAttribute('data-load-more'))
      if (!list || !window.fetch) return
      event.preventDefault()
      if (link.getAttribute('aria-busy') === 'true') return
      link.setAttribute('aria-busy', 'true')
      var href = link.getAttribute('href')
      fetch(href + (href.indexOf('?') === -1 ? '?' : '&') + 'fragment=1', {
        headers: { Accept: 'text/html' },
      })
        .then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status)
          return response.text()
        })
        .then(function (html) {
          var template = document.createElement('template')
          template.innerHTML = html
          var next = template.content.querySelector('template[data-next]')
          var firstNew = null
          template.content.querySelectorAll('li').forEach(function (li) {
            if (!firstNew) firstNew = li
            list.appendChild(li)
          })
          refreshTimes(list)
          if (next) link.setAttribute('href', next.getAttribute('data-next'))
          else link.remove()
          link.removeAttribute('aria-busy')
          var focusTarget = firstNew && firstNew.querySelector('a.entry-title')
          if (focusTarget) focusTarget.focus({ preventScroll: true })
        })
        .catch(function () {
          // fall back to the plain link
          window.location.href = href
        })
    })
  })

  // "Download the app" where the browser supports installing it.
  var installButton = document.getElementById('install-app')
  var deferredPrompt = null
  window.addEventListener('beforeinstallprompt', function (event) {
    event.preventDefault()
    deferredPrompt = event
    if (installButton) installButton.hidden = false
  })
  if (installButton) {
    installButton.addEventListener('click', function () {
      if (!deferredPrompt) return
      deferredPrompt.prompt()
      deferredPrompt.userChoice.finally(function () {
        deferredPrompt = null
        installButton.hidden = true
      })
    })
  }
  window.addEventListener('appinstalled', function () {
    if (installButton) installButton.hidden = true
  })

  // The offline page lists the stories and articles saved for offline reading.
  var offlineList = document.getElementById('offline-pages')
  if (offlineList && window.caches) {
    caches
      .open('broadsheet-pages')
      .then(function (cache) {
        return cache.keys()
      })
      .then(function (requests) {
        requests.forEach(function (request) {
          var path = new URL(request.url).pathname
          if (!/^\/(stories|articles)\/\d+$/.test(path)) return
          caches.match(request).then(function (response) {
            if (!response) return
            return response.text().then(function (html) {
              var match = /<title>([^<]*)<\/title>/.exec(html)
              var li = document.createElement('li')
              var a = document.createElement('a')
              a.href = path
              var title = document.createElement('textarea')
              title.innerHTML = match ? match[1] : path
              a.textContent = title.value
              li.appendChild(a)
              offlineList.appendChild(li)
            })
          })
        })
      })
      .catch(function () {
        // nothing saved
      })
  }
})()
