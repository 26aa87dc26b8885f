/**
 * @module options
 * THE table of configuration options. Every option is read from `BROADSHEET_<KEY>` (or from the optional
 * JSON config file named by `BROADSHEET_CONFIG_FILE`), validated by `load-config.ts`, and documented in
 * docs/config.md, which `npm run gen` writes from this table.
 */
export type OptionType = 'string' | 'integer' | 'boolean' | 'url' | 'enum'

export interface OptionSpec {
  /** environment variable without the BROADSHEET_ prefix */
  env: string
  /** dotted path in the Config object */
  path: string
  type: OptionType
  default: string | number | boolean | null
  description: string
  secret?: boolean
  min?: number
  max?: number
  values?: readonly string[]
}

export const OPTIONS = [
  {
    env: 'DATA_DIR',
    path: 'dataDir',
    type: 'string',
    default: './data',
    description:
      'Folder for the SQLite database and other state, relative to the working directory.',
  },
  {
    env: 'DATABASE_URL',
    path: 'databaseUrl',
    type: 'string',
    default: null,
    secret: true,
    description:
      'Database to use: `sqlite:PATH` or `postgres://user:pass@host/db`. Defaults to `sqlite:<DATA_DIR>/broadsheet.db`.',
  },
  {
    env: 'HOST',
    path: 'http.host',
    type: 'string',
    default: '127.0.0.1',
    description: 'Address the web server listens on (`0.0.0.0` for every interface).',
  },
  {
    env: 'PORT',
    path: 'http.port',
    type: 'integer',
    default: 8080,
    min: 0,
    max: 65535,
    description: 'Port the web server listens on (0 picks a free port).',
  },
  {
    env: 'BASE_URL',
    path: 'http.baseUrl',
    type: 'url',
    default: null,
    description:
      'Public URL of this instance, used in Open Graph tags and links; defaults to http://HOST:PORT.',
  },
  {
    env: 'SECRET_KEY',
    path: 'http.secretKey',
    type: 'string',
    default: null,
    secret: true,
    description:
      'Key that signs image-proxy URLs. Set the same value on every web process behind a load balancer; when unset each process makes a random one at start.',
  },
  {
    env: 'OPERATOR_PAGE',
    path: 'http.operatorPage',
    type: 'enum',
    default: 'local',
    values: ['local', 'local-via-proxy', 'off'],
    description:
      'Who may open the operator page (feed health, adding feeds) until accounts exist. `local`: connections from this machine that carry no proxy header (`Forwarded`, `X-Forwarded-For`, `X-Forwarded-Host`, `X-Forwarded-Proto`, `X-Real-IP`, `Via`), so visitors relayed by a reverse proxy are refused. `local-via-proxy`: also requests relayed by a proxy on this machine when every client address it reports is loopback; safe only when the proxy sets or appends `X-Forwarded-For`, `Forwarded` or `X-Real-IP` itself. `off`: no operator page. See docs/deployment.md.',
  },
  {
    env: 'LOG_LEVEL',
    path: 'logLevel',
    type: 'enum',
    default: 'info',
    values: ['trace', 'debug', 'info', 'warn', 'error', 'silent'],
    description: 'Minimum level of log lines written to stderr.',
  },
  {
    env: 'ALLOW_PRIVATE_NETWORKS',
    path: 'fetch.allowPrivateNetworks',
    type: 'boolean',
    default: false,
    description:
      'Allow fetching from loopback, private, link-local and other non-public addresses (SSRF guard off). Tests and the demo set this.',
  },
  {
    env: 'USER_AGENT',
    path: 'fetch.userAgent',
    type: 'string',
    default: 'Broadsheet/0.1 (self-hosted news reader; +https://broadsheet.invalid/bot)',
    description: 'User-Agent sent with every request.',
  },
  {
    env: 'FETCH_CONNECT_TIMEOUT_MS',
    path: 'fetch.connectTimeoutMs',
    type: 'integer',
    default: 10000,
    min: 100,
    max: 120000,
    description: 'Connect timeout for one request.',
  },
  {
    env: 'FETCH_TIMEOUT_MS',
    path: 'fetch.totalTimeoutMs',
    type: 'integer',
    default: 30000,
    min: 100,
    max: 600000,
    description: 'Total time allowed for one request, body included.',
  },
  {
    env: 'FETCH_MAX_BYTES',
    path: 'fetch.maxBodyBytes',
    type: 'integer',
    default: 10485760,
    min: 1024,
    max: 1073741824,
    description: 'Largest response body accepted, after decompression.',
  },
  {
    env: 'FETCH_MAX_REDIRECTS',
    path: 'fetch.maxRedirects',
    type: 'integer',
    default: 5,
    min: 0,
    max: 20,
    description: 'Redirects followed per request.',
  },
  {
    env: 'FETCH_CONCURRENCY',
    path: 'fetch.concurrency',
    type: 'integer',
    default: 16,
    min: 1,
    max: 1024,
    description: 'Requests in flight at once, per process.',
  },
  {
    env: 'FETCH_PER_HOST_CONCURRENCY',
    path: 'fetch.perHostConcurrency',
    type: 'integer',
    default: 2,
    min: 1,
    max: 64,
    description: 'Requests in flight at once to one host, per process.',
  },
  {
    env: 'SCHEDULE_MIN_INTERVAL_SECONDS',
    path: 'schedule.minIntervalSeconds',
    type: 'integer',
    default: 600,
    min: 1,
    max: 604800,
    description: 'Shortest time between two checks of one feed (a feed may override it).',
  },
  {
    env: 'SCHEDULE_MAX_INTERVAL_SECONDS',
    path: 'schedule.maxIntervalSeconds',
    type: 'integer',
    default: 86400,
    min: 60,
    max: 2592000,
    description: 'Longest time between two checks of one feed (a feed may override it).',
  },
  {
    env: 'JOB_LEASE_SECONDS',
    path: 'jobs.leaseSeconds',
    type: 'integer',
    default: 300,
    min: 5,
    max: 86400,
    description: 'How long a worker holds a claimed job before another worker may take it over.',
  },
  {
    env: 'WORKER_POLL_MS',
    path: 'jobs.pollMs',
    type: 'integer',
    default: 2000,
    min: 10,
    max: 600000,
    description: 'How often an idle worker looks for due jobs.',
  },
  {
    env: 'CLUSTER_WINDOW_HOURS',
    path: 'cluster.windowHours',
    type: 'integer',
    default: 72,
    min: 1,
    max: 2160,
    description: 'How far back a new entry looks for a story to join.',
  },
  {
    env: 'CLUSTER_VOCABULARY_LIMIT',
    path: 'cluster.vocabularyLimit',
    type: 'integer',
    default: 2000000,
    min: 1000,
    max: 100000000,
    description:
      "Distinct terms (about 100 bytes each) a worker's story index may learn before it is rebuilt from the open stories, which keeps a long-running worker's memory bounded; a rebuild forgets document frequencies older than the window, as a restart does.",
  },
  {
    env: 'CLUSTER_SETTLE_SECONDS',
    path: 'cluster.settleSeconds',
    type: 'integer',
    default: 60,
    min: 0,
    max: 86400,
    description:
      'Clustering waits for ingestion to go quiet, so that entries are decided in publication order whatever order feeds were fetched in; this is the longest it waits for a pending entry.',
  },
  {
    env: 'FULL_TEXT',
    path: 'ingest.fullText',
    type: 'enum',
    default: 'auto',
    values: ['auto', 'always', 'never'],
    description:
      'Default full-text mode for feeds: fetch and extract article pages when the feed carries teasers (auto), always, or never.',
  },
  {
    env: 'DEMO_PORT',
    path: 'demoPort',
    type: 'integer',
    default: 8079,
    min: 0,
    max: 65535,
    description:
      'Port of the loopback server that plays the demo publishers for `serve --demo` (`npm start`).',
  },
] as const satisfies readonly OptionSpec[]

export const ENV_PREFIX = 'BROADSHEET_'
