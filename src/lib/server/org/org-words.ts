import english, { type Messages } from '../../i18n/locales/en';

/**
 * The words of the org modules' refusals and field problems. Pages pass the reader's
 * (`i18n(locale).t.serverMessages`); the import's report, SCIM and fixtures get English.
 */
export type OrgWords = Messages['serverMessages'];
export const ENGLISH_ORG_WORDS: OrgWords = english.serverMessages;
