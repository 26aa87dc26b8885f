/** The stop-word lists of the `stopword` package (ISO 639-3 names) that Broadsheet uses. */
declare module 'stopword' {
  export const deu: readonly string[]
  export const fra: readonly string[]
  export const spa: readonly string[]
  export const ita: readonly string[]
  export const por: readonly string[]
  export const nld: readonly string[]
}
