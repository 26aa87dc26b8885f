/**
 * The demo corpus through the real pipeline (fetch → parse → store → full text → cluster): the NATO
 * Secretary-General's White House visit, reported by a European and a US publisher under different
 * headlines, is one story, and the confusable events of the same week are not in it.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'

import { type App, createApp } from '../../src/app.js'
import { parseConfig } from '../../src/config/load-config.js'
import {
  DEMO_CENTREPIECE_EVENT,
  DEMO_CONFUSABLE_EVENTS,
  DEMO_EVENTS,
} from '../../src/demo/demo-corpus.js'
import { type DemoServer, startDemoServer } from '../../src/demo/demo-server.js'
import { seedDemo } from '../../src/demo/seed-demo.js'
import type { StoryId } from '../../src/domain/ids.js'
import { silentLogger } from '../../src/lib/logger.js'

describe('demo stories', () => {
  let dir: string
  let demo: DemoServer
  let app: App
  /** story of each demo article, by its link path */
  const storyByPath = new Map<string, StoryId>()

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'broadsheet-demo-stories-'))
    demo = await startDemoServer({ now: new Date() })
    const config = parseConfig(
      { DATABASE_URL: `sqlite:${join(dir, 'demo.db')}`, ALLOW_PRIVATE_NETWORKS: 'true' },
      dir,
    )
    app = await createApp(config, { migrate: true, logger: silentLogger })
    await seedDemo(app, demo)
    const summary = await app.services.refreshOnce('all')
    assert.equal(summary.failed, 0)
    const entries = await app.stores.entries.latest({ limit: 1000 })
    for (const entry of entries) {
      const story = await app.stores.stories.storyOfEntry(entry.id)
      if (entry.url && story !== null) {
        storyByPath.set(new URL(entry.url).pathname, (await app.stores.stories.resolve(story))!)
      }
    }
  })
  after(async () => {
    await app.close()
    await demo.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const storiesOf = (eventKey: string) =>
    new Set(DEMO_EVENTS[eventKey]!.entries.map((e) => storyByPath.get(e.linkPath)))

  it('clusters every demo entry', () => {
    assert.ok(storyByPath.size >= 290, `${storyByPath.size} entries in stories`)
  })

  it('puts the European and the US pieces on the NATO White House visit in one story', () => {
    const nato = storiesOf(DEMO_CENTREPIECE_EVENT)
    assert.equal(nato.size, 1, `the centrepiece is split over stories ${[...nato].join(', ')}`)
    assert.ok(![...nato].includes(undefined))
  })

  it('puts the German report of the German defence budget with its English coverage', () => {
    // shared by names and numbers across languages: Klingbeil, Pistorius, Berlin, "108,2
    // Milliarden" and "€108bn"
    const budget = storiesOf('germany-defence-budget')
    assert.equal(
      budget.size,
      1,
      `the defence budget is split over stories ${[...budget].join(', ')}`,
    )
    assert.ok(![...budget].includes(undefined))
  })

  it('keeps the confusable events of the same week out of it', () => {
    const [nato] = storiesOf(DEMO_CENTREPIECE_EVENT)
    for (const key of DEMO_CONFUSABLE_EVENTS) {
      assert.ok(!storiesOf(key).has(nato), `${key} joined the NATO White House story`)
    }
  })

  it('explains why each member is in the story', async () => {
    const [nato] = storiesOf(DEMO_CENTREPIECE_EVENT)
    const story = await app.services.storyDetail(nato!)
    assert.ok(story.publisherCount >= 2)
    const joined = story.members.filter((m) => m.explanation.startsWith('shares'))
    assert.ok(joined.length >= 1)
    assert.match(joined[0]!.explanation, /Rutte|NATO|Trump/)
  })

  it('ranks the NATO story among the Top stories', async () => {
    const [nato] = storiesOf(DEMO_CENTREPIECE_EVENT)
    const top = await app.services.topStories(10)
    assert.ok(
      top.some((s) => s.id === nato),
      top.map((s) => s.headline).join('\n'),
    )
  })
})
