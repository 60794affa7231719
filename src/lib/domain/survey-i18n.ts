import { i18n, type Messages } from '../i18n';

// The survey's words are the `survey` section of the app's catalogues (src/lib/i18n/locales).

export type SurveyStrings = Messages['survey'];

export function surveyStrings(locale: string): SurveyStrings {
	return i18n(locale).t.survey;
}
