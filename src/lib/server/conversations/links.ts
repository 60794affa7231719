/** Where a writer reads and answers replies to their comments: a survey-side page. */
export function privateLinkPath(capability: string): string {
	return `/survey/conversation/${capability}`;
}
