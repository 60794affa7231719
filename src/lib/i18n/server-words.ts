import english, { type Messages } from './locales/en';

/**
 * The messages made on the server: field problems, refusals, access errors. Code that words
 * them takes these as an optional last parameter defaulting to English; pages pass the reader's
 * (`readerWords()` in $lib/server/http/reader-words), the API, SCIM and the command line keep
 * English.
 */
export type ServerWords = Messages['serverMessages'];
export const ENGLISH_SERVER_WORDS: ServerWords = english.serverMessages;
