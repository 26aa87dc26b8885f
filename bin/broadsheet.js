#!/usr/bin/env node
// Entry point: runs the TypeScript sources through tsx, so there is no build step (docs/adr/0004).
// The project's tsconfig is named explicitly: tsx would otherwise look in the working directory.
import { fileURLToPath } from 'node:url'

import { register } from 'tsx/esm/api'

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })
const { main } = await import('../src/main.ts')
process.exitCode = await main(process.argv.slice(2))
