// The life of a pulse programme: active ⇄ paused, either → ended, and nothing after ended.

export type ProgrammeStatus = 'active' | 'paused' | 'ended';
export type ProgrammeCommand = 'pause' | 'resume' | 'end';

export type StatusChange =
	{ ok: true; status: ProgrammeStatus; message: string } | { ok: false; message: string };

/** What `command` does to a programme in `current`, worded for HR. */
export function applyProgrammeCommand(
	current: ProgrammeStatus,
	command: ProgrammeCommand
): StatusChange {
	switch (command) {
		case 'pause':
			return current === 'active'
				? {
						ok: true,
						status: 'paused',
						message: 'Paused: no new round opens until you resume. An open round runs to its end.'
					}
				: { ok: false, message: 'Only an active programme can be paused.' };
		case 'resume':
			return current === 'paused'
				? { ok: true, status: 'active', message: 'Resumed: the next round opens on schedule.' }
				: { ok: false, message: 'Only a paused programme can be resumed.' };
		case 'end':
			return current === 'ended'
				? { ok: false, message: 'The programme has already ended.' }
				: {
						ok: true,
						status: 'ended',
						message: 'Ended: no more rounds will open. An open round runs to its end.'
					};
	}
}
