/**
 * The reader end to end: the real pipeline over the demo corpus (buildDemoApp), served on
 * 127.0.0.1, driven by the system Chromium through playwright-core. Opens the front page, the NATO
 * story (the demo's centrepiece), an article in the reader view, a search and a topic, then goes
 * offline and re-opens the article from the service worker's cache. Screenshots at desktop (1280)
 * and phone (390) widths go to shots/ (git-ignored). Skips when /usr/bin/chromium is missing.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

import { buildDemoApp, type DemoTestApp } from '../support/build-test-app.js'

const CHROMIUM = '/usr/bin/chromium'
const SHOTS = new URL('../../shots/', import.meta.url)
const skip = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} is missing: install it with \`apt-get install -y chromium\` to run the browser tests`

describe('reader in a browser', { skip, timeout: 90_000 }, () => {
  let t: DemoTestApp
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let storyPath = ''
  let articlePath = ''
  let articleTitle = ''

  const shot = async (name: string, target: Page = page) => {
    await target.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname, fullPage: true })
  }
  const url = (path: string) => `${t.origin}${path}`

  before(async () => {
    mkdirSync(SHOTS, { recursive: true })
    t = await buildDemoApp()
    assert.ok(t.stats.stories > 0, 'the pipeline wrote stories')
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    })
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    page = await context.newPage()
  })

  after(async () => {
    await context?.close()
    await browser?.close()
    await t?.close()
  })

  it('opens the front page', async () => {
    await page.goto(url('/'))
    assert.equal(await page.title(), 'Broadsheet')
    assert.equal(await page.locator('#top-heading').textContent(), 'Top stories')
    assert.ok((await page.locator('.lead-story, .story-card').count()) > 3)
    assert.ok(await page.locator('#latest-list li').count())
    // the service worker takes over, so the next pages are kept for offline reading
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await shot('e2e-home-desktop')
  })

  it('opens the NATO story and sees both outlets', async () => {
    const link = page.locator('a[href^="/stories/"]', { hasText: /Rutte/ }).first()
    if ((await link.count()) > 0) {
      await link.click()
    } else {
      // not on the front page: reach it through search
      await page.goto(url('/search?q=%22fair+share%22+rutte'))
      await page.locator('a[href^="/stories/"]').first().click()
    }
    await page.waitForURL(/\/stories\/\d+$/)
    storyPath = new URL(page.url()).pathname
    const headline = await page.locator('h1').textContent()
    assert.match(headline ?? '', /NATO|Rutte|fair share/i)
    const publishers = await page.locator('.coverage-name').allTextContents()
    assert.ok(publishers.includes('Meridian Europe'), publishers.join(', '))
    assert.ok(publishers.includes('The Capitol Ledger'), publishers.join(', '))
    assert.ok(await page.locator('svg.timeline-svg title').count())
    await shot('e2e-story-desktop')
  })

  it('opens an article in the reader view', async () => {
    await page
      .locator('.coverage-row', { hasText: 'The Capitol Ledger' })
      .locator('a.coverage-title')
      .first()
      .click()
    await page.waitForURL(/\/articles\/\d+$/)
    articlePath = new URL(page.url()).pathname
    articleTitle = (await page.locator('h1').textContent()) ?? ''
    assert.match(articleTitle, /NATO|Rutte|Trump/)
    assert.ok(await page.getByRole('link', { name: /Read at the original/ }).count())
    assert.match(
      (await page.locator('.reader-more').first().textContent()) ?? '',
      /Meridian Europe/,
    )
    await shot('e2e-article-desktop')
  })

  it('searches for "fair share"', async () => {
    await page.locator('#masthead-q').fill('"fair share"')
    await page.locator('#masthead-q').press('Enter')
    await page.waitForURL(/\/search\?/)
    assert.match((await page.locator('#results-heading').textContent()) ?? '', /result/)
    const marks = await page.locator('mark').allTextContents()
    assert.ok(
      marks.some((m) => /fair|share/i.test(m)),
      marks.join(','),
    )
    await shot('e2e-search-desktop')
  })

  it('visits a topic page', async () => {
    await page.goto(url(storyPath))
    await page.locator('.chips a').first().click()
    await page.waitForURL(/\/topics\//)
    assert.ok(((await page.locator('h1').textContent()) ?? '').length > 1)
    assert.match(
      (await page.locator('.kicker').first().textContent()) ?? '',
      /Person|Organisation|Place|Topic/,
    )
    assert.ok(await page.locator('.story-card').count())
  })

  it('reads a visited article offline, from the service worker', async () => {
    // visit once more under the active service worker so the copy is fresh
    await page.goto(url(articlePath))
    await context.setOffline(true)
    try {
      await page.goto(url(articlePath))
      assert.equal(await page.locator('h1').textContent(), articleTitle)
      assert.equal(await page.locator('#offline-banner').isVisible(), true)
      await page.goto(url('/publishers/no-such-publisher-visited'))
      assert.match((await page.locator('h1').textContent()) ?? '', /offline/i)
    } finally {
      await context.setOffline(false)
    }
  })

  it('looks right on a phone', async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    })
    try {
      const p = await phone.newPage()
      for (const [name, path] of [
        ['e2e-home-phone', '/'],
        ['e2e-story-phone', storyPath],
        ['e2e-article-phone', articlePath],
      ] as const) {
        await p.goto(url(path))
        const overflow = await p.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`)
        await shot(name, p)
      }
    } finally {
      await phone.close()
    }
  })
})
