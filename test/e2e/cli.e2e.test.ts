/**
 * The real program, spawned as a user runs it (bin/broadsheet.js) with a temporary data folder,
 * against feeds played by the fixture server on 127.0.0.1.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'

import { type FixtureServer, startFixtureServer } from '../support/fixture-server.js'

const bin = fileURLToPath(new URL('../../bin/broadsheet.js', import.meta.url))

interface Run {
  code: number
  stdout: string
  stderr: string
}

function run(
  args: string[],
  env: Record<string, string>,
  cwd: string,
  input?: string,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
    child.stdin.end(input ?? '')
  })
}

describe('broadsheet CLI', () => {
  let dir: string
  let server: FixtureServer
  let env: Record<string, string>
  const cli = (...args: string[]) => run(args, env, dir)

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-'))
    server = await startFixtureServer()
    env = { BROADSHEET_ALLOW_PRIVATE_NETWORKS: 'true', BROADSHEET_LOG_LEVEL: 'warn' }
  })
  after(async () => {
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('prints help, and refuses unknown commands and bad flags with one line', async () => {
    const help = await cli('help')
    assert.equal(help.code, 0)
    assert.match(help.stdout, /feeds add URL/)
    const unknown = await cli('frobnicate')
    assert.equal(unknown.code, 2)
    assert.match(unknown.stderr, /^error: unknown command "frobnicate"/)
    const badFlag = await cli('feeds', 'list', '--colour')
    assert.equal(badFlag.code, 2)
    assert.match(badFlag.stderr, /Unknown option '--colour'/)
  })

  it('reports every invalid option at once', async () => {
    const result = await run(
      ['config'],
      { BROADSHEET_PORT: 'x', BROADSHEET_LOG_LEVEL: 'loud' },
      dir,
    )
    assert.equal(result.code, 2)
    assert.match(result.stderr, /2 invalid option/)
  })

  it('refuses to serve an unmigrated database, then migrates it', async () => {
    const refused = await cli('worker')
    assert.equal(refused.code, 6)
    assert.match(refused.stderr, /not migrated .*run `broadsheet migrate`/)
    const migrated = await cli('migrate')
    assert.equal(migrated.code, 0, migrated.stderr)
    assert.match(migrated.stdout, /applied 0001-initial: Success/)
    assert.match((await cli('migrate')).stdout, /schema is up to date/)
  })

  it('adds feeds (discovering one from a page), refreshes, lists, exports and imports', async () => {
    const added = await cli(
      'feeds',
      'add',
      server.url('/html-with-feeds'),
      '--publisher',
      'Fixture News',
      '--json',
    )
    assert.equal(added.code, 0, added.stderr)
    const result = JSON.parse(added.stdout) as {
      data: { feed: { url: string }; discoveredFrom: string }
    }
    assert.equal(result.data.feed.url, server.url('/feed'))
    assert.equal((await cli('feeds', 'add', server.url('/gone'))).code, 4)
    assert.equal((await cli('feeds', 'add', server.url('/atom.xml'), '--folder', 'Tech')).code, 0)

    const refreshed = await cli('refresh', '--all', '--json')
    assert.equal(refreshed.code, 0, refreshed.stderr)
    const summary = JSON.parse(refreshed.stdout) as {
      refreshed: number
      inserted: number
      failed: number
    }
    assert.deepEqual([summary.refreshed, summary.inserted, summary.failed], [2, 2, 0])

    const list = JSON.parse((await cli('feeds', 'list', '--json')).stdout) as {
      status: string
      entries: number
    }[]
    assert.deepEqual(
      list.map((f) => [f.status, f.entries]),
      [
        ['ok', 1],
        ['ok', 1],
      ],
    )
    const table = await cli('feeds', 'list')
    assert.match(table.stdout, /^ID\s+PUBLISHER\s+STATUS/)

    const exported = await cli('export')
    assert.match(exported.stdout, /<outline text="Tech"/)
    const other = mkdtempSync(join(tmpdir(), 'broadsheet-cli-import-'))
    try {
      writeFileSync(join(other, 'subs.opml'), exported.stdout)
      const otherEnv = { ...env }
      assert.equal((await run(['migrate'], otherEnv, other)).code, 0)
      const imported = await run(['import', 'subs.opml', '--json'], otherEnv, other)
      assert.equal(imported.code, 0, imported.stderr)
      assert.deepEqual(JSON.parse(imported.stdout), { total: 2, added: 2, existing: 0, failed: [] })
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it('removes a feed, and says so clearly when the ID is wrong', async () => {
    assert.equal((await cli('feeds', 'remove', 'abc')).code, 2)
    assert.equal((await cli('feeds', 'remove', '999')).code, 3)
    assert.equal((await cli('feeds', 'remove', '2')).code, 0)
  })

  it('parses files and URLs into one JSON line each, and reports bad input on its line', async () => {
    writeFileSync(join(dir, 'broken.xml'), '<html><body>not a feed</body></html>')
    const parsed = await cli('parse', server.url('/feed'), 'broken.xml', 'missing.xml')
    assert.equal(parsed.code, 1)
    const lines = parsed.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    assert.equal(lines.length, 3)
    assert.equal(lines[0]!.format, 'rss')
    assert.deepEqual(Object.keys(lines[0]!), [
      'format',
      'title',
      'link',
      'description',
      'language',
      'warnings',
      'items',
    ])
    assert.deepEqual(lines[1], {
      ok: false,
      error: { code: 'parse-error', message: (lines[1]!.error as { message: string }).message },
    })
    assert.equal((lines[2]!.error as { code: string }).code, 'invalid-input')
  })

  it('extracts an article and clusters a JSONL batch', async () => {
    const body = `<p>${'The council voted on Tuesday to approve the new tram line after a long debate. '.repeat(20)}</p>`
    writeFileSync(
      join(dir, 'page.html'),
      `<html lang="en"><head><title>Tram line approved</title></head><body><article><h1>Tram line approved</h1>${body}</article></body></html>`,
    )
    const extracted = await cli('extract', '--url', 'https://news.example/tram', 'page.html')
    assert.equal(extracted.code, 0, extracted.stderr)
    const article = JSON.parse(extracted.stdout) as Record<string, unknown>
    assert.deepEqual(Object.keys(article), [
      'title',
      'byline',
      'siteName',
      'published',
      'lang',
      'excerpt',
      'contentHtml',
      'text',
    ])
    assert.match(article.text as string, /tram line/)

    const docs = [
      {
        id: 'a',
        title: 'Earthquake of magnitude 6.1 strikes off Chile',
        text: 'A strong earthquake of magnitude 6.1 struck off the coast of northern Chile near Iquique on Monday, officials said.',
      },
      {
        id: 'b',
        title: 'Magnitude 6.1 quake hits northern Chile near Iquique',
        text: 'An earthquake measuring 6.1 shook northern Chile close to Iquique on Monday; no damage was reported.',
      },
      {
        id: 'c',
        title: 'Parliament passes budget',
        text: 'The parliament in Oslo passed the national budget for next year after a late-night vote.',
      },
    ]
    writeFileSync(join(dir, 'in.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n'))
    const clustered = await cli('cluster', '--input', 'in.jsonl', '--output', '-')
    assert.equal(clustered.code, 0, clustered.stderr)
    const out = clustered.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; story: string })
    assert.deepEqual(
      out.map((o) => o.id),
      ['a', 'b', 'c'],
    )
    assert.equal(out[0]!.story, out[1]!.story)
    assert.notEqual(out[0]!.story, out[2]!.story)
    assert.equal(clustered.stderr, '')
    // a date it cannot read is a warning on stderr; the entry is clustered without a time signal
    writeFileSync(
      join(dir, 'odd-date.jsonl'),
      docs
        .map((d, i) => JSON.stringify({ ...d, published: i === 1 ? 'last Monday' : null }))
        .join('\n'),
    )
    const odd = await cli('cluster', '--input', 'odd-date.jsonl', '--output', '-')
    assert.equal(odd.code, 0, odd.stderr)
    assert.equal(odd.stdout, clustered.stdout)
    assert.match(
      odd.stderr,
      /^warning: 1 entry has a "published" that is not a date.*line 2 \("last Monday"\)/,
    )
    writeFileSync(join(dir, 'bad.jsonl'), '{"id":"a","title":"x","text":"y"}\nnot json\n')
    const bad = await cli('cluster', '--input', 'bad.jsonl', '--output', '-')
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /line 2/)
  })
  it('serves until SIGTERM, then stops cleanly; a command that does not serve ends on Ctrl-C', async () => {
    assert.equal((await cli('migrate')).code, 0)
    const child = spawn(process.execPath, [bin, 'serve', '--no-worker', '--port', '0'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, ...env, BROADSHEET_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const serving = new Promise<void>((resolve) => {
      const look = (d: Buffer): void => {
        output += d.toString()
        if (/is serving http/.test(output)) resolve()
      }
      child.stdout.on('data', look)
      child.stderr.on('data', look)
    })
    const exited = new Promise<string>((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ?? String(code))),
    )
    await Promise.race([
      serving,
      exited.then((how) => assert.fail(`serve ended (${how}) before serving: ${output}`)),
    ])
    // at once: the handler is in place before the command says it is serving
    child.kill('SIGTERM')
    assert.equal(await exited, '0', output)
    assert.match(output, /shutting down/)

    // `import -` waits on stdin until Ctrl-C, which ends it as it would any program
    const waiting = spawn(process.execPath, [bin, 'import', '-'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const ended = new Promise<string>((resolve) =>
      waiting.on('exit', (code, signal) => resolve(signal ?? String(code))),
    )
    // no handler is ever installed for it, so the moment does not matter; let it start reading
    await new Promise((resolve) => setTimeout(resolve, 1500))
    waiting.kill('SIGINT')
    assert.equal(await ended, 'SIGINT', 'Ctrl-C ends a command that does not serve')
  })
})
