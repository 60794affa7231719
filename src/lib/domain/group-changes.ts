// A group padded with newcomers just before a round is not shown for that round.
//
// The threat is HR (or anyone who can add people): create a department of four made-up people
// and one real one, answer with the four links, and subtract the known answers from the
// group's figure after close. k only promises anything when the k respondents are real people
// that nobody else answers for, so a group's respondents are counted without its newcomers.
//
// A person is established in a round when they joined their department (people.department_since,
// reset by a move or a reactivation) at least ESTABLISHED_DAYS before the round opened; anyone
// else invited is a newcomer. Responses carry no person, so which respondents were newcomers is
// unknown: at worst every newcomer answered. A group is changed when it has a newcomer and
// fewer than k of its respondents are certainly established people: responded − newcomers < k.
// An ordinary team of 12 with 3 joiners and 8 answers keeps its figures (8 − 3 ≥ 5); a made-up
// department of 5 new people never shows any.

export const ESTABLISHED_DAYS = 30;

export type GroupComposition = { newcomers: number; responded: number };

export function isChangedGroup(group: GroupComposition, k: number): boolean {
	return group.newcomers > 0 && group.responded - group.newcomers < k;
}
