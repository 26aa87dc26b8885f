#!/usr/bin/env node
// Entry point: runs the TypeScript sources through tsx, so there is no build step (see docs/adr/0005).
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/main.ts')
process.exitCode = await main(process.argv.slice(2))
