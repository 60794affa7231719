import type { AnswerProblem } from '$lib/domain/survey-answers';
import { FIELD_LABELS } from '$lib/domain/org-import/mapping/fields';
import type { MessageProblem } from '$lib/domain/conversations';
import { DRIVER_LABELS } from '$lib/domain/questions';

// The English catalogue: every word the app shows, by page. Other languages are typed against
// it (`Messages`), so a key missing from one of them is a type error. Plurals and parameters are
// small functions; numbers and dates inside them come already formatted.

const en = {
	meta: {
		/** The language's own name, as the language switch offers it. */
		name: 'English',
		/** The Intl tag numbers and dates are formatted with. */
		intl: 'en-GB'
	},
	common: {
		rapport: 'Rapport',
		skipToContent: 'Skip to content',
		language: 'Language',
		languageSwitch: 'Choose a language',
		dash: '—',
		noChange: 'no change',
		save: 'Save',
		cancel: 'Cancel',
		back: 'Back',
		optional: 'optional'
	},
	frame: {
		mainNav: 'Main',
		menu: 'Menu',
		account: 'Account',
		signOut: 'Sign out',
		groups: { results: 'Results', surveys: 'Surveys', organisation: 'Organisation' },
		links: {
			home: 'Home',
			company: 'Company',
			team: 'My team',
			results: 'Results',
			insights: 'Insights',
			stories: 'Stories',
			exports: 'Exports',
			pulses: 'Pulses',
			questions: 'Questions',
			outbox: 'Outbox',
			people: 'People',
			departments: 'Departments',
			import: 'Import',
			audit: 'Audit log',
			signIn: 'Sign-in'
		},
		publicFooter:
			'Rapport stores survey answers without names. Results appear only for groups large enough to keep everyone anonymous.'
	},
	errors: {
		internal: (reference: string) => `Something went wrong on our side (reference ${reference}).`,
		notFound: 'Page not found',
		forbidden: 'Not allowed',
		unavailable: 'Try again in a moment',
		serverError: 'Something went wrong',
		badRequest: 'Request not accepted',
		status: (status: number) => `Error ${status}`,
		backToStart: 'Back to the start page',
		backHome: 'Back to your home page',
		noSuchSurvey: 'There is no such survey.'
	},
	password: {
		problems: {
			too_short: (min: number) => `Use at least ${min} characters.`,
			too_long: (max: number) => `Use at most ${max} characters.`,
			too_common: 'This password is among the most common ones. Choose a less guessable one.',
			contains_identity: 'Do not use your email address or name as your password.'
		},
		notCurrent: 'That is not your current password.',
		throttled: (minutes: number) =>
			`Too many attempts. Wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and try again.`,
		hint: 'At least 8 characters. A few unrelated words make a strong one.'
	},
	account: {
		title: 'Your account',
		signedInAs: 'Signed in as',
		sessionsHeading: 'Where you are signed in',
		signedOutElsewhere: 'Signed out everywhere else.',
		nowhereElse: 'You are not signed in anywhere else.',
		elsewhere: (n: number) =>
			n === 1
				? 'You are also signed in on 1 other browser or device.'
				: `You are also signed in on ${n} other browsers or devices.`,
		ended: (n: number) =>
			n === 1 ? '1 other session was ended.' : `${n} other sessions were ended.`,
		sessionLimits: (hours: string) =>
			`A session ends after ${hours} hours without use, and 30 days after you signed in at the latest.`,
		signOutOthers: 'Sign out my other sessions',
		languageHeading: 'Language',
		languageLabel: 'Show Rapport in',
		languageHint: 'Your survey invitations come in this language too.',
		languageSave: 'Save language',
		languageSaved: 'Your language is saved.',
		languageUnknown: 'Choose one of the languages offered.',
		passwordHeading: 'Change your password',
		passwordChanged: 'Your password is changed.',
		currentPassword: 'Current password',
		newPassword: 'New password',
		confirmPassword: 'The new password again',
		changePassword: 'Change password',
		passwordNote: 'Changing your password signs you out on every other browser and device.',
		enterCurrent: 'Enter your current password.',
		chooseNew: 'Choose a new password.',
		notSame: 'The two new passwords are not the same.',
		signInAgain: 'Sign in again.'
	},
	auth: {
		signInTitle: 'Sign in',
		email: 'Email',
		password: 'Password',
		signingIn: 'Signing in…',
		signIn: 'Sign in',
		signInWithPassword: 'Sign in with password',
		signInWith: (provider: string) => `Sign in with ${provider}`,
		emergencyAccess: 'HR emergency access (password)',
		or: 'or',
		forgot: 'Forgot your password? Ask your HR team for a reset link.',
		passwordOff: 'Password sign-in is turned off here: use single sign-on.',
		throttled: (wait: string) =>
			`Too many sign-in attempts from here. To keep accounts safe, wait ${wait} and try again.`,
		seconds: (n: number) => (n === 1 ? '1 second' : `${n} seconds`),
		minutes: (n: number) => (n === 1 ? '1 minute' : `${n} minutes`),
		incorrect: 'Email or password is incorrect.',
		enterEmail: 'Enter your email address.',
		emailTooLong: 'That email address is too long.',
		emailLike: 'Enter an email address like name@example.com.',
		enterPassword: 'Enter your password.',
		choosePassword: 'Choose a password.',
		passwordsDiffer: 'The two passwords are not the same.',
		signedOutTitle: 'Signed out',
		signedOut: 'You are signed out of Rapport.',
		providerSignOut: "Sign out of your organisation's account too",
		signInAgain: 'Sign in again',
		resetTitle: 'Choose a password',
		resetBroken: 'This link does not work',
		resetHello: (name: string) => `Hello, ${name}. Choose the password you will sign in with as`,
		newPassword: 'New password',
		samePassword: 'The same password again',
		saveAndSignIn: 'Save and sign in',
		resetNote: 'Signing in this way signs you out on every other device.',
		resetUsed:
			'The link has been used already, has expired, or was replaced by a newer one. Ask your HR team for a new link.',
		goToSignIn: 'Go to sign-in',
		setupTitle: 'Set up Rapport',
		setupIntro:
			'Welcome. Create the first HR account: it runs the programme, manages the organisation and invites everyone else. This page disappears once it is done.',
		organisationName: 'Organisation name',
		yourName: 'Your name',
		workEmail: 'Your work email',
		createHr: 'Create the HR account',
		enterOrganisation: 'Enter the name of your organisation.',
		enterName: 'Enter your name.',
		atMost: (n: number) => `Use at most ${n} characters.`,
		ssoFailedTitle: 'Sign-in not completed',
		backToSignIn: 'Back to sign-in',
		signingInTitle: 'Signing in',
		signingYouIn: 'Signing you in…'
	},
	measures: {
		// The drivers' English names are the question bank's own (exports and PDFs use them too).
		names: { ...DRIVER_LABELS, participation: 'Participation' },
		internalServiceReceived: 'Internal NPS received',
		short: {
			internal_support: 'Int. support',
			manager_support: 'Manager',
			internal_service: 'Int. NPS'
		}
	},
	home: {
		title: 'Home',
		hello: (name: string) => `Hello, ${name}`,
		linkShown: (programme: string, date: string) =>
			`HR viewed your survey link for ${programme} on ${date}.`,
		linkShownAdvice:
			'If you did not ask for it, someone else may have answered in your place: raise it with your HR team or your employee representatives.',
		openPulses: 'Your open pulses',
		noOpenPulse:
			'No pulse is open for you right now. When one opens you will find it here, and you will get an invitation.',
		openUntil: (date: string) => `open until ${date}`,
		answered: 'You have answered this round, thank you.',
		answerNow: 'Answer now',
		isOpen: 'is open for your answers.',
		continue: 'Continue',
		privacy:
			'Your answers are stored without your name, and results are shown only for groups large enough that nobody can be singled out.',
		departmentsYouLead: 'Departments you lead',
		customerFacing: 'Customer-facing',
		people: (n: string, count: number) => (count === 1 ? `${n} person` : `${n} people`),
		inDepartments: (n: string) => `in ${n} departments`,
		runProgramme: 'Run the programme',
		activePeople: (n: string) => `${n} active`,
		deactivated: (n: string) => `, ${n} deactivated`,
		departmentsInTree: (n: string) => `${n} departments in the tree`,
		pulseProgrammes: 'Pulse programmes',
		pulseProgrammesNote: 'Schedules, rounds and invitations',
		questionBank: 'Question bank',
		questionBankNote: 'The items pulses draw from, in English and Spanish',
		outboxNote: 'Invitations and reminders Rapport has sent or queued',
		teamWork: 'What your team is working on after the last survey',
		teamWorkIntro:
			'The focus areas your department heads chose from the survey results, and what they are doing about them.',
		afterRound: (round: string) => `after the round of ${round}`,
		storyPrompt: 'Did another department help you serve a customer?',
		storyPromptText:
			'Thank them with a short story: who helped, what happened, what it meant for the customer. Sign it or stay anonymous.',
		tellStory: 'Tell a service story',
		readStories: 'Read the stories'
	},
	actions: {
		status: {
			planned: 'Planned',
			in_progress: 'In progress',
			done: 'Done',
			dropped: 'Dropped'
		},
		none: 'No actions written yet.',
		overdue: 'Overdue',
		noOwner: 'No owner yet',
		due: (date: string) => `due ${date}`
	},
	pager: {
		label: 'Pages',
		previous: 'Previous',
		next: 'Next',
		pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`
	},
	redirecting: 'Redirecting…',
	figures: {
		nothingToDraw: (label: string, reasons: string) =>
			`${label}: nothing to draw, every figure is hidden (${reasons}).`,
		hidden: {
			fewer_than_k: (k: number) => `fewer than ${k} responses`,
			protects_smaller_group: () => 'hidden so that a smaller group cannot be worked out',
			not_asked: () => 'not asked in this round',
			group_changed: () => 'group changed just before the round'
		},
		marks: {
			fewer_than_k: (k: number) => `<${k}`,
			protects_smaller_group: () => 'hidden',
			not_asked: () => '–',
			group_changed: () => 'changed'
		},
		rowHidden: (why: string) => `Every figure hidden: ${why}`,
		notAskedMark: 'not asked',
		hiddenMarks: 'Hidden:',
		hiddenFigures: 'Hidden figures:',
		hidden1: 'Hidden:',
		since: (round: string) => `since ${round}`,
		noComparison: (round: string) => `no comparison with ${round}:`,
		firstTime: 'first time asked',
		noFigure: 'no figure',
		points: ' points',
		showTable: 'Show the figures as a table',
		inTableBelow: 'The figures are in the table below.',
		theFigures: (label: string) => `${label}: the figures`,
		round: 'Round'
	},
	results: {
		title: 'Company results',
		none: "No pulse has closed yet. When one does, everyone sees the company's results here.",
		whoAnswered: 'Who answered',
		answeredOf: (responded: string, invited: string, round: string, rate: string) =>
			`${responded} of ${invited} people answered the pulse of ${round} (${rate}).`,
		thanks: (k: number) =>
			`Thank you. Results are shown only for groups of at least ${k} people, never while a pulse is open, and nobody can see who answered what.`,
		howWeFeel: 'How we feel about work',
		agree: 'agree or strongly agree',
		favourable: '% favourable',
		driver: 'Driver',
		chartLabel: '% favourable per driver, company-wide',
		chartSummary:
			'The share of answers that agree or strongly agree, per driver asked in this pulse.',
		recommend: 'Would we recommend working here?',
		enps: (promoters: string, organisation: string, passives: string, detractors: string) =>
			`eNPS: ${promoters} would recommend ${organisation} as a place to work (9–10), ${passives} are neutral (7–8) and ${detractors} would not (0–6).`
	},
	survey: {
		skipToQuestions: 'Skip to the questions',
		pulseSurvey: 'Pulse survey',
		likert: [
			'Strongly disagree',
			'Disagree',
			'Neither agree nor disagree',
			'Agree',
			'Strongly agree'
		],
		scaleLow: 'Not at all likely',
		scaleHigh: 'Extremely likely',
		chooseIntro:
			'Tick the departments you depended on this period; you rate them on the next page. Skip the ones you did not work with.',
		serviceIntro:
			'Score each department you chose from 0 (not at all) to 10 (excellently), or leave it not rated.',
		rateChosen:
			'Nothing is stored yet. Rate the departments you chose, check your answers, then send them.',
		next: 'Next: rate the departments',
		emptyTitle: 'You have not answered any question.',
		emptyQuestion:
			'Answer below, or send an empty response: it counts you as taking part, with no answers.',
		emptySend: 'Send without answers',
		resultsWhen: (date: string) => `Results come when the round closes (${date}).`,
		resultsLink: 'See the results',
		answeredTitle: 'You have answered this round, thank you',
		answeredNote:
			'Each person answers once. If you opened the survey but did not finish, go back to the browser where you opened it.',
		serviceScore: 'Score',
		serviceNotRated: 'Not rated',
		serviceReasons: 'What stood out (optional)',
		serviceComment: 'Anything they should know? (optional)',
		reasons: {
			responsive: 'Responsive',
			reliable: 'Reliable',
			knowledgeable: 'Knowledgeable',
			empathetic: 'Empathetic',
			easy_to_reach: 'Easy to reach'
		},
		optional: 'optional',
		commentHint:
			'Up to 2,000 characters. Please leave out names and details that would identify you or others.',
		submit: 'Send my answers',
		answered: 'answered',
		questionsOf: (n: number) =>
			`${n} questions, about two or three minutes. Every question is optional.`,
		countsFor: (department: string) => `Your answers count for ${department}.`,
		notYourDepartment:
			'If that is not your department, do not start: this link may not be meant for you. Tell your HR team or your employee representatives.',
		privacyTitle: 'What is stored, and who sees what',
		privacy: (k: number, kComments: number) => [
			'Your answers are stored with this round and your department only: never with your name, your email, your invitation or the time you answered.',
			`Results appear only after the round closes, and only for groups of at least ${k} people; comments only for groups of at least ${kComments}.`,
			'Department heads see their own departments; HR sees the whole company, under the same rules.',
			'Comments are shown word for word but without dates and in random order.'
		],
		errorsTitle: 'Some answers need another look. Nothing has been stored yet.',
		unreadable: 'Your answers could not be read, so nothing was stored. Please send them again.',
		problems: {
			unknown_field: 'This field is not part of this survey.',
			duplicate: 'This was answered twice. Choose one answer.',
			out_of_range: 'Choose one of the values offered.',
			not_a_number: 'Choose one of the values offered.',
			own_department: 'Rate the departments you depend on, not your own.',
			unknown_department: 'This department cannot be rated here.',
			unknown_reason: 'Choose reasons from the list.',
			too_long: 'Keep it under 2,000 characters.',
			reasons_without_score: 'Give this department a score, or clear its reasons and comment.',
			not_text: 'This answer could not be read.',
			control_character:
				'This comment contains an invisible control character that cannot be stored. Remove it and send again.'
		} satisfies Record<AnswerProblem['code'], string>,
		thanksTitle: 'Thank you',
		thanks: [
			'Your answers are recorded. You cannot change them now, and nobody can tell which answers are yours.',
			'Your department head and HR see the results of your group only when it is large enough to keep everyone anonymous.'
		],
		alreadyRecorded: 'Your answers had already been recorded; nothing was stored twice.',
		openedElsewhereTitle: 'This survey was already opened',
		openedElsewhere:
			'You opened it in another browser or device, or have already answered. Each person answers once, so it cannot be opened again here. If you have not answered yet, go back to the browser where you opened it.',
		closedTitle: 'This round has closed',
		closed:
			'Answers are no longer accepted. Thank you: results are shared now that the round has closed.',
		start: 'Start the survey',
		language: 'Language'
	},
	conversation: {
		conversationsLink: 'Reply to comments and read the conversations',
		linkTitle: 'Your private link for replies',
		linkIntro:
			'Your department head or HR may reply to your comments after the round closes. Only this link opens the replies, and you can answer without anyone learning who you are.',
		linkKeep:
			'Keep it somewhere private (a password manager, a note only you can read). It is shown only now: Rapport does not store it and cannot send it again.',
		linkLabel: 'Private link',
		pageTitle: 'Replies to your comments',
		pageIntro:
			'Only people holding this link can read this page. Nobody can see who you are, and nothing records when you read or answer.',
		noReplies:
			'No replies yet. Replies appear here after the round has closed, and only on comments shown to your department head or HR (groups large enough to keep everyone anonymous).',
		yourComment: 'Your comment',
		you: 'You',
		hiddenMessage: 'This message was hidden by HR.',
		answerLabel: 'Your answer',
		answerHint: 'Up to 2,000 characters. You stay anonymous; leave out details that identify you.',
		send: 'Send my answer',
		sent: 'Your answer was sent.',
		notFound: 'This conversation cannot be answered any more.',
		openTitle: 'Open your replies',
		openIntro: 'Paste the private link (or the code at its end) you were given after answering.',
		openLabel: 'Private link or code',
		open: 'Open',
		unknownLink: 'That is not a private link. Check that you copied all of it.',
		problems: {
			required: 'Write your answer first.',
			too_long: 'Keep it under 2,000 characters.'
		} satisfies Record<MessageProblem, string>,
		language: 'Language'
	},
	team: {
		title: 'Team health',
		noSuchDepartment: 'There is no such department.',
		roundOf: (round: string, name: string) =>
			`Round of ${round} · everyone in ${name} and the departments below it`,
		export: 'Export (PDF, Excel, CSV)',
		noRound:
			'No round has closed yet. Results appear here when the first round closes, never while people are still answering.',
		noPart: (name: string) => `${name} took no part in this round. Pick another round above.`,
		summary: 'Summary',
		responses: 'Responses',
		ofInvited: (invited: string, rate: string) => `of ${invited} invited · ${rate} took part`,
		notAsked: 'Not asked in this round.',
		internalNps: 'Internal NPS',
		internalNpsNote: 'how other departments rate the support they get from you',
		across: (name: string) => `Across ${name}`,
		pooled: (name: string) =>
			`The departments ${name} adds up from. Its own members are too few to show as a group: they are counted only in the figure above ${name}, so that nobody can work out their answers, and ${name}'s figures cover the departments below it.`,
		groups: (name: string) =>
			`The groups ${name} adds up from: its own members and each department below it.`,
		breakdownCaption: '% favourable per driver, eNPS and participation by group',
		group: 'Group',
		participationShort: 'Particip.',
		ownMembers: (name: string) => `${name} (own members)`,
		impactTitle: 'What moves eNPS here',
		impactTooFew: (n: number, name: string) =>
			`Driver impact needs at least ${n} respondents in a group; ${name} had fewer in this round, so it is not shown.`,
		impactSeries: 'Correlation with eNPS (r)',
		driver: 'Driver',
		impactLabel: 'Correlation of each driver with eNPS',
		impactStrongest: (driver: string, r: string) =>
			`${driver} goes with eNPS most closely here (r = ${r}); a correlation, not proof of cause.`,
		impactSummary: 'How closely each driver goes with eNPS here.',
		comments: 'Comments',
		noComments: 'Nobody left a comment in this round.',
		commentsOrder: 'In no particular order, without dates.',
		commentsHidden: (k: number) =>
			`Comments are shown only for groups of at least ${k} responses. Hidden:`
	},
	teamDrivers: {
		title: 'Drivers',
		highestLowest: (highest: string, lowest: string) =>
			`Highest this round: ${highest}; lowest: ${lowest}.`,
		askedSummary: 'Drivers asked in this round, with % favourable (agree or strongly agree).',
		takeTurns: 'Drivers take turns, so a round asks only some of them.',
		tableLabel: 'Driver scores this round',
		caption: 'Drivers: % favourable, change and trend',
		driver: 'Driver',
		favourable: '% favourable',
		trend: 'Trend',
		sparkline: (driver: string, rounds: number) =>
			`${driver} over the last ${rounds} rounds; the figures are in the table under the trend chart`,
		trends: 'Trends',
		trendLabel: '% favourable per driver, round by round',
		trendSummary: (rounds: number) =>
			`% favourable of each driver over the last ${rounds} rounds; a dashed line bridges rounds that did not ask a driver; a gap is a round whose figure is hidden.`,
		npsLabel: 'eNPS and internal NPS received, round by round',
		npsSummary:
			'eNPS and the internal NPS other departments give you, from −100 to +100 (the darker line is zero); a gap is a round whose figure is hidden.',
		enpsTitle: 'eNPS: would people recommend working here?',
		thisRound: 'This round',
		promoters: 'Promoters (9–10)',
		passives: 'Passives (7–8)',
		detractors: 'Detractors (0–6)',
		splitLabel: 'Promoters, passives and detractors',
		splitSummary: (promoters: string, passives: string, detractors: string, score: string) =>
			`${promoters} promoters, ${passives} passives and ${detractors} detractors: eNPS ${score}.`
	},
	teamService: {
		givesTitle: 'Support your team gives',
		gaveBefore: (name: string) => `Other departments gave ${name} an`,
		internalNpsOf: (score: string) => `internal NPS of ${score}`,
		gaveAfter: (
			ratings: string,
			promoters: string,
			passives: string,
			detractors: string,
			mean: string | null
		) =>
			`from ${ratings} ratings: ${promoters} promoters, ${passives} passives, ${detractors} detractors${mean === null ? '' : `, ${mean} out of 10 on average`}.`,
		shareOfRatings: '% of ratings',
		reason: 'Reason',
		reasonsLabel: 'Reasons ticked by the departments that rated this team',
		reasonsSummary:
			'What the people who rated your team ticked as the reasons, as a share of their ratings.',
		whatTheyWrote: 'What they wrote',
		noComments: (name: string) => `No comments about ${name} in this round.`,
		commentsAppear: (k: number, name: string) =>
			`Comments appear once at least ${k} people have rated ${name}.`,
		ratedHidden: (name: string) =>
			`How other departments rated ${name} as a provider in this round is hidden:`,
		receivesTitle: 'Support your team receives',
		hiddenCount: (reason: string, n: string, count: number) =>
			`${reason} (${n} ${count === 1 ? 'department' : 'departments'})`,
		providersHidden: (name: string, hidden: string) =>
			`How ${name} rated the departments it depends on is hidden: ${hidden}.`,
		department: 'Department',
		providersLabel: 'How this team rates the departments it depends on (internal NPS)',
		providersSummary: (name: string, best: string, lowest: string) =>
			`How ${name} rates the support it gets: ${best} rates best, ${lowest} lowest.`,
		othersHidden: (hidden: string) =>
			`Other departments are hidden, including those nobody in your team rated: ${hidden}.`
	},
	teamConversations: {
		title: 'Conversations',
		heading: (name: string) => `Conversations on comments · ${name}`,
		roundOf: (round: string) => `Round of ${round}`,
		intro:
			'Reply to a comment and only its writer can read your reply, through the private link they were given when they answered. They can answer back without anyone learning who they are. Only comments shown here (groups large enough for comments) can be answered; if a group is hidden later, so is its conversation.',
		hideFailed: 'That message could not be hidden.',
		hidden: 'Message hidden.',
		noRound: 'No round has closed yet.',
		noPart: (name: string) => `${name} took no part in this round.`,
		commentsFrom: (name: string) => `Comments from ${name}`,
		tooFewAnswered: 'Hidden here: too few people answered to show comments.',
		serviceHeading: (name: string) => `What other departments wrote about ${name}`,
		tooFewRated: (name: string) => `Hidden here: too few people rated ${name} to show comments.`
	},
	commentReplies: {
		problems: {
			required: 'Write your reply first.',
			too_long: 'Keep it under 2,000 characters.',
			not_shown: 'This comment is no longer shown here, so it cannot be answered.',
			no_private_link: 'Its writer has no private link, so a reply could not reach them.'
		},
		writer: 'Writer (anonymous)',
		hiddenByHr: 'Hidden by HR.',
		hide: 'Hide this message',
		sent: 'Reply sent.',
		reply: 'Reply',
		replyAgain: 'Reply again',
		yourReply: 'Your reply',
		hint: 'Only the writer can read it, through their private link. It is signed with your role, and the audit log records that you replied.',
		notSent: 'This reply could not be sent.',
		send: 'Send reply',
		noLink: 'Written without a private link: no reply can reach its writer.'
	},
	teamActions: {
		title: 'Focus areas',
		back: (name: string) => `${name}: team health`,
		heading: 'Focus areas and actions',
		intro: (name: string, max: number) =>
			`${name} · pick up to ${max} drivers or items to work on after a round, and write what will be done. Everyone in ${name} sees them on their home page.`,
		noRound: "No round has closed yet. Focus areas follow a closed round's results.",
		afterRound: 'After the round of',
		show: 'Show',
		remove: 'Remove',
		removeWhat: (subject: string) => `focus area ${subject}`,
		edit: (title: string) => `Edit “${title}”`,
		save: 'Save the action',
		addAction: 'Add an action',
		add: 'Add the action',
		addFocus: 'Add a focus area',
		full: (name: string, max: number) =>
			`${name} has ${max} focus areas for this round, the most it can have: remove one to pick another.`,
		subject: 'Driver or item',
		addFocusButton: 'Add the focus area'
	},
	filters: {
		department: 'Department',
		round: 'Round',
		trendsFrom: 'Trends from',
		last12: 'the last 12 rounds',
		to: 'to',
		chosenRound: 'the chosen round',
		show: 'Show'
	},
	heatTable: {
		scrollCue: (columns: number) =>
			`Scroll sideways in the table for all ${columns} columns; the row names and headings stay in place.`,
		legend: {
			below: (n: number) => `below ${n}`,
			orMore: (n: number) => `${n} or more`,
			between: (from: number, to: number) => `${from} to ${to}`
		}
	},
	// The HR pages' sections (org, pulses, questions, exports, outbox, settings) go below.
	org: {
		importFromCsv: 'Import from CSV',
		details: 'Details',
		saved: 'Saved.',
		history: 'History',
		noHistory: 'No changes recorded yet.',
		fullHistory: 'The full history',
		hrBadge: 'HR',
		deactivated: 'Deactivated',
		archived: 'Archived',
		customerFacing: 'Customer-facing',
		internal: 'Internal',
		headOf: (department: string) => `Head of ${department}`,
		people: {
			title: 'People',
			add: 'Add a person',
			find: 'Find people',
			search: 'Search',
			searchPlaceholder: 'Name, email or employee id',
			department: 'Department',
			allDepartments: 'All departments',
			status: 'Status',
			everyone: 'Everyone',
			active: 'Active',
			inactive: 'Deactivated',
			hrOnly: 'HR only',
			searchButton: 'Search',
			clear: 'Clear',
			nobody: 'Nobody matches.',
			nobodyMatches: (search: string) => `Nobody matches “${search}”.`,
			showing: (first: string, last: string, total: string) =>
				`Showing ${first}–${last} of ${total}`,
			table: 'People in the organisation',
			name: 'Name',
			email: 'Email',
			employeeId: 'Employee id',
			roles: 'Roles'
		},
		personFields: {
			name: 'Name',
			email: 'Work email',
			emailHint: 'They sign in with it.',
			employeeId: 'Employee id (optional)',
			employeeIdHint: 'The id in your HR system; the CSV import matches people by it.',
			department: 'Department',
			noDepartment: 'No department',
			language: 'Language',
			languageHint: 'A language code such as en, es or en-GB: surveys and mail use it.'
		},
		newPerson: {
			title: 'Add a person',
			crumb: 'New',
			intro:
				'For someone joining between imports. Next, create a password link on their page so they can sign in.',
			submit: 'Add the person'
		},
		person: {
			notFound: 'There is no such person.',
			employee: (id: string) => `employee ${id}`,
			noDepartment: 'no department',
			created: 'The person was added.',
			headsHeading: 'Department head',
			notHead: 'Not head of any department.',
			remove: 'Remove',
			removeAsHead: (path: string) => ` as head of ${path}`,
			makeHeadOf: 'Make head of',
			makeHead: 'Make head',
			headHint: 'A head sees results for their department and everything below it.',
			accessHeading: 'Access',
			hasHrBefore: 'Has the',
			hrRole: 'HR role',
			hasHrAfter: ': manages the organisation and the programme and sees company-wide results.',
			noHr: 'No HR role.',
			revokeHr: 'Revoke HR role',
			grantHr: 'Grant HR role',
			statusHeading: 'Status',
			activeNote:
				'Active. Deactivating keeps their history, signs them out everywhere and stops sign-in.',
			deactivate: 'Deactivate',
			confirmDeactivate: (name: string) => `Yes, deactivate ${name}`,
			deactivateConsequence:
				'They are signed out everywhere at once and can no longer sign in or be invited. Their history is kept, and HR can reactivate them later.',
			ownAccount: 'This is your own account.',
			inactiveNote: 'Deactivated: cannot sign in. Their history is kept.',
			reactivate: 'Reactivate',
			savedDeactivated: 'Deactivated: they were signed out everywhere.',
			savedReactivated: 'Reactivated.',
			savedHrGranted: 'They now have the HR role.',
			savedHrRevoked: 'The HR role was revoked.',
			savedHeadAdded: 'Made head of the department.',
			savedHeadRemoved: 'No longer head of that department.'
		},
		resetLink: {
			heading: 'Password',
			shownOnce: 'Here is the link, shown this once.',
			sendIt: (until: string | null) =>
				`Send it to them yourself: it lets whoever has it choose the password${until ? `, until ${until}` : ''}, and works once.`,
			label: 'Password link',
			copy: 'Copy',
			copied: 'Copied',
			hasPassword: 'Has a password.',
			noPassword: 'Has no password yet, so cannot sign in.',
			pending: (until: string) =>
				`A link made earlier works until ${until}; a new one replaces it.`,
			createReset: 'Create a password-reset link',
			createSet: 'Create a link to set a password',
			reactivateFirst: 'Reactivate them to create a link.'
		},
		departments: {
			title: 'Departments',
			add: 'Add a department',
			intro:
				'The department tree as results roll up: a head sees their department and everything below it.',
			hideArchived: 'Hide archived departments',
			showArchived: 'Show archived departments',
			noneBefore: 'There are no departments yet.',
			addOne: 'Add one',
			or: ', or',
			importOrg: 'import your organisation',
			noneAfter: 'from your HR system.',
			tree: 'Department tree',
			department: 'Department',
			code: 'Code',
			kind: 'Kind',
			people: 'People',
			head: 'Head'
		},
		departmentFields: {
			name: 'Name',
			code: 'Code',
			codeHint: 'Short and unique, such as SUP. The CSV import can refer to the department by it.',
			kind: 'Kind',
			customerFacingNote: 'serves external customers',
			internalNote: 'serves other departments'
		},
		newDepartment: {
			title: 'Add a department',
			crumb: 'New',
			partOf: 'Part of',
			topLevel: 'Nothing: a top-level department',
			submit: 'Add the department'
		},
		department: {
			notFound: 'There is no such department.',
			created: 'The department was added.',
			activePeople: (n: number, count: string) =>
				n === 1 ? `${count} active person` : `${count} active people`,
			peopleHere: (here: string, below: string) =>
				`${here} directly in it; ${below} in it and below.`,
			seeThem: 'See them',
			treeHeading: 'Place in the tree',
			moveUnder: 'Move under',
			moveTopLevel: 'Nothing: make it a top-level department',
			moveHint: 'Its sub-departments, people and history move with it.',
			move: 'Move',
			subDepartments: 'Sub-departments',
			addSub: 'Add a sub-department',
			headsHeading: 'Heads',
			noHeads: 'Nobody heads this department. Make someone head from their page.',
			serviceHeading: 'Internal service',
			ratesAny: 'Its people may rate any department in the internal-service question.',
			ratesThese: (n: number): string =>
				n === 1 ? 'Its people rate this department:' : 'Its people rate these departments:',
			chooseRated: 'Choose which departments it rates',
			archiveHeading: 'Archive',
			archivedHeading: 'Archived',
			archivedNote: 'It is out of the tree and the pickers; its history stays with it.',
			restore: 'Restore',
			archiveNote:
				'For a department that no longer exists. Its results and history stay attached to it. It must have no active people or sub-departments left.',
			archive: 'Archive',
			confirmArchive: 'Yes, archive it',
			archiveConsequence:
				'It leaves the org chart and nobody can be placed in it; its results and history stay. HR can restore it later.',
			savedMoved: 'Moved. Its people, sub-departments and history moved with it.',
			savedArchived: 'Archived. Its history stays with it.',
			savedRestored: 'Restored.'
		},
		services: {
			title: (name: string) => `Internal service · ${name}`,
			heading: (name: string) => `Which departments ${name} rates`,
			lead: 'In every pulse, people rate the support they get from other departments. Ask them only about the departments they depend on: the survey stays short, and the service matrix can show more, because a pair nobody was asked about is known to hold no rating and needs no protection. A change applies from the next round; open and closed rounds keep the list they opened with.',
			saved: 'Saved. The next round asks about these departments.',
			who: (name: string) => `Who ${name} rates`,
			any: 'Any department (people choose whom to rate)',
			chosen: 'Only the departments ticked below',
			dependsOn: (name: string) => `Departments ${name} depends on`,
			chooseMode: 'Choose whether it rates any department.',
			unknownDepartment: 'One of the departments is not known.'
		},
		audit: {
			title: 'Audit log',
			intro:
				'Every change to departments, people and roles, API keys and external satisfaction uploads, and every export of results: who made it, when, and what it was before and after. Entries are never changed or removed.',
			filter: 'Filter the audit log',
			show: 'Show',
			all: 'All changes',
			types: {
				department: 'Departments',
				person: 'People and roles',
				import: 'Imports',
				api_key: 'API keys',
				external_metrics: 'External satisfaction',
				export: 'Exports',
				programme: 'Pulse programmes',
				report_schedule: 'Scheduled reports',
				focus_area: 'Focus areas',
				action: 'Actions',
				conversation: 'Conversations',
				story: 'Service stories',
				identity: 'Sign-in settings'
			},
			filterButton: 'Filter',
			showEverything: 'Show everything',
			oneImport: 'Only the changes one import made.',
			theImport: 'The import',
			historyOf: (type: string | null): string =>
				type === 'department'
					? 'The history of one department.'
					: type === 'person'
						? 'The history of one person.'
						: 'The history of one record.',
			noneForFilter: 'No changes recorded for this filter.',
			noneYet: 'No changes recorded yet.',
			pages: 'Pages',
			newest: 'Newest',
			older: 'Older entries',
			system: 'system',
			byImport: 'by import',
			changedTo: 'changed to'
		}
	},
	audit: {
		actions: {
			'department.created': 'Department created',
			'department.updated': 'Department changed',
			'department.moved': 'Department moved',
			'department.archived': 'Department archived',
			'department.restored': 'Department restored',
			'person.created': 'Person added',
			'person.updated': 'Person changed',
			'person.deactivated': 'Person deactivated',
			'person.reactivated': 'Person reactivated',
			'person.hr_granted': 'HR role granted',
			'person.hr_revoked': 'HR role revoked',
			'person.head_added': 'Made department head',
			'person.head_removed': 'No longer department head',
			'person.reset_link_created': 'Password-reset link created',
			'person.password_set': 'Password set from a reset link',
			'person.password_changed': 'Password changed by its owner',
			'person.language_changed': 'Language changed by its owner',
			'import.applied': 'CSV import applied',
			'api_key.created': 'API key created',
			'api_key.revoked': 'API key revoked',
			'external_metrics.uploaded': 'External satisfaction uploaded',
			'external_metrics.received': 'External satisfaction received by API',
			'export.downloaded': 'Results exported',
			'person.survey_link_shown': 'Survey link shown to HR',
			'person.manager_changed': 'Manager changed',
			'identity.settings_changed': 'Single sign-on settings changed',
			'scim.request': 'Change received by SCIM',
			'focus_area.created': 'Focus area chosen',
			'focus_area.removed': 'Focus area removed',
			'action.created': 'Action added',
			'action.updated': 'Action changed',
			'programme.round_opened': 'Round opened by hand',
			'programme.round_closed': 'Round closed by hand',
			'programme.paused': 'Programme paused',
			'programme.resumed': 'Programme resumed',
			'programme.ended': 'Programme ended',
			'department.service_providers_set': 'Departments it rates changed',
			'conversation.reply': 'Reply to a comment sent',
			'conversation.hide': 'Message of a conversation hidden',
			'story.hide': 'Service story hidden',
			'report_schedule.created': 'Report schedule created',
			'report_schedule.updated': 'Report schedule changed',
			'report_schedule.deleted': 'Report schedule deleted',
			'report.sent': 'Scheduled report sent'
		},
		fields: {
			employeeId: 'Employee id',
			title: 'Action',
			owner: 'Owner',
			dueOn: 'Due',
			status: 'Status',
			notes: 'Notes',
			email: 'Email',
			name: 'Name',
			department: 'Department',
			locale: 'Language',
			role: 'Role',
			active: 'Active',
			headOf: 'Head of',
			code: 'Code',
			kind: 'Kind',
			parent: 'Parent',
			path: 'Path',
			archived: 'Archived',
			expiresAt: 'Expires',
			fileName: 'File',
			rows: 'Rows',
			deactivateMissing: 'Full import',
			departmentsCreated: 'Departments created',
			departmentsMoved: 'Departments moved',
			peopleCreated: 'People added',
			peopleUpdated: 'People changed',
			peopleMoved: 'People moved',
			peopleReactivated: 'People reactivated',
			peopleDeactivated: 'People deactivated',
			prefix: 'Key starts with',
			scopes: 'Scopes',
			revoked: 'Revoked',
			inserted: 'Figures added',
			updated: 'Figures replaced',
			unchanged: 'Figures unchanged',
			metrics: 'Metrics',
			periods: 'Periods',
			source: 'Source',
			apiKey: 'API key',
			format: 'Format',
			from: 'From',
			to: 'To',
			subject: 'Departments',
			contents: 'Contents',
			rounds: 'Rounds',
			via: 'Through',
			programme: 'Programme',
			invitation: 'Invitation',
			message: 'Outbox message',
			manager: 'Manager',
			method: 'Request',
			resource: 'Resource',
			issuer: 'Provider',
			clientId: 'Client id',
			clientSecret: 'Client secret',
			displayName: 'Button label',
			ssoOnly: 'Single sign-on only',
			allowUnknownPeople: 'Accounts for unknown people',
			breakGlass: 'Break-glass account',
			label: 'Signed as',
			roundId: 'Round',
			departmentId: 'Department',
			rates: 'Departments it rates',
			schedule: 'Schedule',
			period: 'Period',
			files: 'Files',
			cadence: 'How often',
			language: 'Language',
			paper: 'Paper'
		} as Record<string, string>,
		values: {
			customer_facing: 'customer-facing',
			internal: 'internal',
			hr: 'HR',
			employee: 'employee'
		} as Record<string, string>,
		yes: 'yes',
		no: 'no'
	},
	pulses: {
		title: 'Pulse programmes',
		back: '← Pulse programmes',
		newProgramme: 'New programme',
		intro:
			'A programme sends a short pulse to its departments on a cadence. Rounds open and close on their own; you can also open or close one by hand.',
		none: 'No programme yet. Create one to send the first pulse.',
		programme: 'Programme',
		cadenceHeading: 'Cadence',
		audience: 'Audience',
		currentRound: 'Current round',
		nextRoundHeading: 'Next round',
		openUntil: (date: string, opened: string, invited: string, share: string) =>
			`Open until ${date}; ${opened} of ${invited} opened (${share})`,
		noneOpen: 'None open',
		archivedDepartment: 'Archived department',
		cadence: {
			monthly: 'Every month',
			biweekly: 'Every two weeks',
			weekly: 'Every week',
			once: 'Once'
		} as Record<string, string>,
		status: {
			active: 'Active',
			paused: 'Paused',
			ended: 'Ended',
			open: 'Open',
			closed: 'Closed'
		} as Record<string, string>,
		form: {
			title: 'New pulse programme',
			needsLook: 'Some answers need another look; see the notes below.',
			name: 'Name',
			namePlaceholder: 'Monthly pulse',
			who: 'Who is asked',
			whoHint: 'Each department you tick brings its sub-departments with it.',
			howOften: 'How often',
			startsOn: 'First round opens on',
			startsOnHint: 'Rounds open at 00:00 UTC.',
			roundLength: 'Each round stays open (days)',
			core: 'Asked every round',
			perRound: 'Questions per round',
			perRoundHint: (rotating: number) =>
				`Including the ones asked every round. The other ${rotating} items rotate so that every driver comes up within a few rounds.`,
			reminders: 'Reminders on days',
			remindersHint:
				'Days after opening, e.g. 2, 4. Only people who have not opened their survey get one.',
			anonymity: (scores: number, comments: number) =>
				`Anonymity: scores are shown only for groups of at least ${scores} people and comments for at least ${comments} (the organisation's settings). They are fixed for this programme once its first round opens.`,
			create: 'Create programme',
			errors: {
				departments: 'Choose departments from the list.',
				name: 'Give the programme a name.',
				atMost: (n: number) => `Use at most ${n} characters.`,
				noDepartment:
					'Choose at least one department: its people and everyone below it are invited.',
				cadence: 'Choose how often rounds open.',
				startsOn: 'Enter the first day as a date.',
				realDate: 'Enter a real date.',
				past: 'The first round cannot open in the past.',
				days: 'Enter a number of days.',
				wholeDays: 'Enter a whole number of days.',
				oneDay: 'A round stays open at least one day.',
				questions: 'Enter a number of questions.',
				whole: 'Enter a whole number.',
				tooMany: 'At most 40 questions a round: pulses should take two or three minutes.',
				reminderDays: 'List days as numbers, e.g. 3, 6.',
				roundTooLong: (max: number) =>
					`With this cadence a round can stay open at most ${max} days, so it closes before the next one opens.`,
				roomForRotation: (core: number) =>
					core === 1
						? 'Leave room beyond the 1 core question so the other drivers can rotate in.'
						: `Leave room beyond the ${core} core questions so the other drivers can rotate in.`,
				tooManyReminders: (max: number) => `At most ${max} reminders.`,
				reminderRange: (last: number) =>
					`Reminder days count from the opening day: between 1 and ${last}.`,
				departmentGone: 'One of the chosen departments no longer exists. Choose again.',
				questionGone: 'One of the core questions is not in the bank any more.'
			}
		},
		detail: {
			notFound: 'There is no such pulse programme.',
			created: 'Programme created. Its first round opens on schedule, or open it now.',
			settings: 'Settings',
			asked: 'Asked',
			peopleNow: (n: number, count: string) =>
				n === 1 ? `${count} person now` : `${count} people now`,
			cadence: 'Cadence',
			cadenceLine: (cadence: string, from: string, days: number) =>
				days === 1
					? `${cadence}, from ${from}; each round open 1 day`
					: `${cadence}, from ${from}; each round open ${days} days`,
			questions: 'Questions',
			questionsLine: (perRound: number, coverage: number) =>
				coverage === 1
					? `${perRound} a round; every driver comes up every round`
					: `${perRound} a round; every driver comes up at least once every ${coverage} rounds`,
			reminders: 'Reminders',
			reminderDays: (days: string) => `Days ${days} after opening`,
			noReminders: 'None',
			anonymity: 'Anonymity',
			anonymityLine: (scores: number, comments: number) =>
				`Scores from ${scores} responses, comments from ${comments}`,
			rounds: 'Rounds',
			openRound: (until: string, opened: string, invited: string, share: string) =>
				`A round is open until ${until}: ${opened} of ${invited} people have opened it (${share}).`,
			nextOpens: (date: string) => `The next round opens on ${date}.`,
			noneScheduled: 'No round is scheduled.',
			openNow: 'Open a round now',
			closeNow: 'Close the open round now',
			confirmClose: 'Yes, close the round',
			closeConsequence:
				'Nobody can answer this round any more, and its results become final: they cannot be reopened or changed.',
			pause: 'Pause',
			resume: 'Resume',
			end: 'End programme',
			confirmEnd: 'Yes, end the programme',
			endConsequence:
				'No more rounds will open, and an ended programme cannot be resumed. An open round runs to its end.',
			roundName: (n: number, date: string) => `Round #${n} (${date})`,
			aRound: 'A round',
			tamperedTitle: (round: string) => `${round}: more responses than ballots issued.`,
			tampered: (departments: string, count: number) =>
				`${departments} ${count === 1 ? 'has' : 'have'} more responses than people who opened their survey. Every response needs a ballot, and ballots are handed out only to invited people who open the survey: responses were added some other way (ballots made with the server's secret, or rows written into the database). Treat this round's results as unreliable and have the server and database access checked.`,
			revealsHeading: 'Survey links shown to HR',
			revealsIntro:
				"Whoever holds a link can answer in that person's place. Each person was told on their home page.",
			linksShown: (round: string, n: number) =>
				n === 1 ? `${round}: 1 link shown` : `${round}: ${n} links shown`,
			reveal: (person: string, department: string, by: string | null, at: string) =>
				`${person} (${department}), shown to ${by ?? 'a former HR account'} on ${at}`,
			history: 'Round history',
			historyCaption: 'Rounds of this programme',
			round: 'Round',
			opened: 'Opened',
			closes: 'Closes / closed',
			status: 'Status',
			invited: 'Invited',
			openedSurvey: 'Opened their survey',
			linksToHr: 'Links shown to HR',
			byHand: ' (by hand)',
			nextQuestions: 'Questions of the next round',
			opened_: (invited: number) => `Round opened: ${invited} invitation(s) queued.`,
			closed: 'Round closed. Its results are final.',
			noneOpenToClose: 'No round is open.',
			refusals: {
				not_active: 'Resume the programme before opening a round.',
				round_open: 'A round is already open. Close it first.',
				no_more_rounds: 'This programme runs once and has had its round.',
				no_audience: 'Nobody is in the chosen departments yet, so there is nobody to invite.',
				gone: 'The programme is gone.'
			},
			commanded: {
				pause: 'Paused: no new round opens until you resume. An open round runs to its end.',
				resume: 'Resumed: the next round opens on schedule.',
				end: 'Ended: no more rounds will open. An open round runs to its end.'
			},
			refused: {
				pause: 'Only an active programme can be paused.',
				resume: 'Only a paused programme can be resumed.',
				end: 'The programme has already ended.'
			}
		}
	},
	questions: {
		title: 'Question bank',
		back: '← Question bank',
		intro:
			'Pulses draw from these questions. The items of the first five drivers rotate from round to round; eNPS, the internal service rating and the open comment are usually asked every round. A question that has been asked is never re-worded in place: editing it makes a new version, so past answers keep the wording people saw.',
		inUse: (n: string) => `${n} in use`,
		noSpanish: '(no Spanish yet)',
		retired: 'Retired',
		askedIn: (n: number) => (n === 1 ? 'asked in 1 round' : `asked in ${n} rounds`),
		version: (n: number) => `v${n}`,
		edit: 'Edit',
		restore: 'Restore',
		retire: 'Retire',
		quoted: (text: string) => ` “${text}”`,
		addHeading: 'Add a question',
		driver: 'Driver',
		inEnglish: 'In English',
		inSpanish: 'In Spanish',
		statementHint: 'A statement people agree or disagree with, on a scale of 1 to 5.',
		add: 'Add question',
		added: (text: string, driver: string) => `Added “${text}” to ${driver}.`,
		gone: 'That question no longer exists.',
		retiredDone: 'Retired: it will not be asked in new rounds. Past answers keep it.',
		restoredDone: 'Back in the bank: new rounds may ask it again.',
		editTitle: 'Edit question',
		editMeta: (driver: string, key: string, version: number) =>
			`${driver} · ${key} · version ${version}`,
		askedAlready: (next: number) =>
			`This question has been asked already. Saving keeps this version for the answers given to it and makes version ${next} for new rounds.`,
		notFound: 'There is no such question.',
		replaced: 'This wording was replaced while the page was open. Open the question again.',
		writeIn: { en: 'Write the question in English.', es: 'Write the question in Spanish.' },
		tooLong: 'Keep a question under 300 characters: people answer on phones.',
		chooseDriver: 'Choose the driver this question measures.'
	},
	outbox: {
		title: 'Outbox',
		back: '← Outbox',
		kinds: { invitation: 'Invitation', reminder: 'Reminder' } as Record<string, string>,
		kindsPlural: { invitation: 'Invitations', reminder: 'Reminders' } as Record<string, string>,
		languages: { en: 'English', es: 'Spanish' } as Record<string, string>,
		offBefore: 'Rapport is not sending email (no',
		offAfter:
			'set): messages wait here. Survey links are hidden; open a message to show its link. Each showing is recorded in the audit log and the person is told on their home page.',
		smtpBefore: 'Email is sent through',
		smtpAfter:
			'. Once a message is delivered only its recipient and subject are kept: its text, with the personal survey link, is removed.',
		brokenBefore: (problem: string) =>
			`Rapport cannot send email: ${problem}. Messages wait here until`,
		brokenAfter: 'is corrected and Rapport restarted.',
		kind: 'Kind',
		allMessages: 'All messages',
		show: 'Show',
		none: 'No messages yet.',
		noneOfKind: 'No messages of this kind yet.',
		showing: (first: string, last: string, total: string) => `Showing ${first}–${last} of ${total}`,
		caption: 'Messages, newest first',
		created: 'Created',
		to: 'To',
		subject: 'Subject',
		status: 'Status',
		sent: 'Sent',
		queued: 'Queued',
		retrying: 'Retrying',
		failed: 'Failed',
		attemptFailed: (attempt: number, max: number, next: string) =>
			`attempt ${attempt} of ${max} failed; next try ${next}`,
		afterAttempts: (n: number) => `after ${n} attempts`,
		language: 'Language',
		sentAt: (at: string) => `Sent ${at}`,
		queuedSmtp: 'Queued for sending',
		queuedOff: 'Waiting here (email is off)',
		attemptFailedLong: (attempt: number, max: number, next: string) =>
			`Attempt ${attempt} of ${max} failed; next try ${next}`,
		gaveUp: (n: number) => `Failed after ${n} attempts; Rapport has stopped trying`,
		retried: 'The message is queued again and goes out shortly.',
		linkOf: (name: string) => `Survey link of ${name}`,
		revealedNote: (name: string) =>
			`Recorded in the audit log; ${name} is told on their home page. Pass it on to them only, and do not open it yourself: whoever opens it answers in their place.`,
		confirmTitle: (name: string) => `Show ${name}'s survey link?`,
		willBeTold: (name: string) => `${name} will be told`,
		toldDetail: (programme: string) =>
			` on their home page that HR viewed their survey link for ${programme}, with the date. The showing is recorded in the audit log under your name.`,
		answersInPlace: (name: string) => `Whoever opens the link answers in ${name}'s place.`,
		showAndTell: (name: string) => `Show the link and tell ${name}`,
		hidden: 'The personal survey link in this message is hidden.',
		shownBefore: (at: string) => `It was shown to HR on ${at}.`,
		showLink: 'Show the link…',
		tryAgain: 'Try again',
		bodyRemoved: 'Delivered; the body was removed after sending.',
		text: 'Text',
		personal: (to: string) =>
			`The survey link is personal to ${to}: pass it on to them only, and do not open it yourself, as whoever opens it answers in their place.`,
		neverShown: 'Rapport sends email itself, so the personal survey link is never shown here.',
		notFound: 'There is no such message.',
		notRetrying: 'This message is not waiting for a retry.',
		refusals: {
			mail_configured: 'Rapport sends email itself, so survey links are never shown here.',
			no_link: 'This message holds no survey link any more.',
			round_closed: 'The round has closed: this link no longer opens a survey.'
		}
	},
	settings: {
		title: 'Sign-in settings',
		heading: 'Sign-in',
		lead: "Let people sign in with your organisation's identity provider (OpenID Connect: Microsoft Entra ID, Google Workspace, Okta, Keycloak…). Survey links are not affected: answers stay anonymous however people sign in.",
		saved: 'Sign-in settings saved.',
		needsAttention: 'Some settings need attention; see below.',
		registerHeading: 'Register Rapport with your provider',
		redirectUri: 'Redirect URI',
		signOutRedirectUri: 'Sign-out redirect URI',
		scopes: 'Scopes',
		providerHeading: 'Identity provider',
		fromEnvBefore: "Set by the server's environment (",
		fromEnvIssuer: '): issuer',
		fromEnvClient: ', client id',
		fromEnvAfter: '. Change it there.',
		issuer: 'Issuer URL',
		issuerHint:
			'For example https://login.microsoftonline.com/<tenant id>/v2.0 or https://accounts.google.com',
		clientId: 'Client id',
		clientSecret: 'Client secret',
		secretStored: 'A secret is stored; it is never shown. Leave empty to keep it.',
		secretPublic: 'Leave empty for a public client.',
		displayName: 'Button label',
		displayNameHint: 'Shown as “Sign in with …”, for example “Okta” or “your Contoso account”.',
		policyHeading: 'Who may sign in, and how',
		allowUnknown: 'Create an account for someone the provider knows but Rapport does not',
		allowUnknownHint: 'Off: only people already in Rapport (by verified email) can sign in.',
		ssoOnly: 'Single sign-on only: turn password sign-in off',
		breakGlass: 'Break-glass account',
		none: 'None',
		breakGlassHint:
			'The one HR account that keeps its password when passwords are off, for when the provider is down.',
		save: 'Save sign-in settings',
		scimHeading: 'Provisioning (SCIM)',
		scimBefore: 'Your provider can keep people and departments in sync: point its SCIM client at',
		scimWith: 'with an',
		apiKey: 'API key',
		scimThat: 'that has the',
		scimScope: ' scope.',
		errors: {
			atMost: (n: number) => `Use at most ${n} characters.`,
			controlCharacter: 'This contains a line break or a control character.',
			issuerUrl:
				'Enter the issuer URL, starting with https:// (for example https://login.example.com).',
			both: 'Enter both the issuer and the client id.',
			activeHr: 'Choose an active HR person.',
			providerFirst: 'Set up the identity provider first.',
			breakGlass:
				'Choose the HR account that may still sign in with a password, in case the provider is down.'
		}
	},
	exports: {
		title: 'Export results',
		back: '← Export results',
		intro:
			'The same figures as the dashboards, through the same anonymity rules: a hidden figure is never shown as zero, and says why it is hidden (too few responses, to protect a smaller group, not asked in that round, or the group changed just before it). Every export is recorded in the audit log.',
		needsLook: 'Some choices need another look; see the notes below.',
		departments: 'Departments',
		wholeCompany: 'Whole company',
		departmentHint: 'A department brings everything below it.',
		period: 'Period',
		noRounds: 'No round has closed yet: results appear when a round closes.',
		covering: 'Covering',
		roundsBelow: 'The rounds chosen below',
		periodHint:
			'A report covers the closed rounds that opened in the period. Choose “The rounds chosen below” for any other range.',
		presets: {
			last_month: 'Last month',
			this_quarter: 'This quarter',
			last_quarter: 'Last quarter',
			this_half: 'This half-year',
			last_half: 'Last half-year',
			this_year: 'This year',
			last_year: 'Last year'
		} as Record<string, string>,
		preset: (name: string, key: string, range: string) => `${name} (${key}: ${range})`,
		fromRound: 'From the round of',
		firstRound: 'the first closed round',
		toRound: 'To the round of',
		latestRound: 'the latest closed round',
		roundLabel: (month: string, range: string) => `${month} (${range})`,
		contents: 'Contents',
		contentLabels: {
			drivers: 'Driver scores',
			enps: 'eNPS',
			participation: 'Participation',
			internal_service: 'Internal service received (internal NPS)',
			matrix: 'Internal service matrix',
			service_chain: 'Service chain: internal support and customer satisfaction',
			comments: 'Comments (HR only)'
		} as Record<string, string>,
		format: 'Format',
		formats: {
			pdf: 'PDF leadership report',
			xlsx: 'Excel workbook',
			csv: 'CSV'
		} as Record<string, string>,
		formatHints: {
			pdf: 'An executive summary in words, key figures with what changed significantly, how people answered, trends, heatmap, and (when ticked) the service matrix and chain over the period.',
			xlsx: 'Summary, heatmap, trends, matrix, method; ready to filter and chart.',
			csv: 'Tidy rows (round × department × measure) for your own tools.'
		} as Record<string, string>,
		pdfPaper: 'PDF paper',
		a4: 'A4',
		letter: 'Letter',
		pdfLanguage: 'PDF language',
		english: 'English',
		spanish: 'Español',
		csv: 'CSV',
		comma: 'Comma, decimal point (66.8)',
		semicolon: 'Semicolon, decimal comma (66,8) for European spreadsheets',
		bom: 'Mark as UTF-8 for spreadsheets (BOM)',
		whatColumnsMean: 'What each column means',
		download: 'Download',
		recent: 'Your recent exports',
		noneYet: 'None yet.',
		scheduledHeading: 'Scheduled reports',
		scheduledNote:
			'Send the PDF every month or quarter: each department head gets their own part, HR the whole company.',
		scheduleOne: 'Schedule a report',
		scriptsHeading: 'For scripts',
		scriptsNote: 'returns the same CSV. The README shows how to call it; the',
		dataDictionary: 'data dictionary',
		scriptsAfter: 'says what each column means.',
		noRoundInPeriod: 'No closed round opened in this period: choose a wider one.',
		forbidden: 'Exports are for HR and department heads.',
		dictionary: {
			title: 'CSV data dictionary',
			intro:
				'The trend CSV has one row per round × group × measure (× provider for the internal service matrix). Number columns never hold an empty cell: where there is no number, a code below says why.',
			download: 'Download this dictionary as CSV',
			dialects: 'Dialects',
			commaName: 'Comma',
			commaBefore: ': fields separated by',
			commaMiddle: ', decimal point (',
			commaAfter: '); for pandas, R and English-language spreadsheets.',
			semicolonName: 'Semicolon',
			semicolonBefore: ': fields separated by',
			semicolonMiddle: ', decimal comma (',
			semicolonAfter:
				'); for spreadsheets set to a German, French, Spanish or other European locale. Both are UTF-8; downloads from the form start with a byte order mark so that spreadsheets read the text as UTF-8.',
			inPandas: 'In pandas:',
			addFor: '(add',
			forSemicolon: 'for the semicolon dialect).',
			columns: 'Columns',
			column: 'Column',
			type: 'Type',
			meaning: 'Meaning',
			missing: 'Missing numbers',
			textColumns:
				"Text columns (ids, codes, paths of providers) are empty where they do not apply, for example the department id on the whole company's rows.",
			reasons: 'Why a figure is hidden (the reason column)',
			measures: 'Measures'
		},
		schedules: {
			title: 'Scheduled reports',
			intro:
				"When a month or quarter ends, Rapport mails the leadership report (PDF) of that period: each department head receives the report of the departments they head, HR the whole company's. Every send is recorded in the audit log.",
			backToExports: 'Back to exports',
			saved: 'Saved.',
			howOften: 'How often',
			cadences: {
				monthly: 'Monthly, after each month',
				quarterly: 'Quarterly, after each quarter'
			} as Record<string, string>,
			language: 'Language',
			paper: 'Paper',
			newSchedule: 'New schedule',
			schedule: 'Schedule',
			schedules: 'Schedules',
			none: 'No report is scheduled.',
			created: 'Created',
			nextCovers: (last: string | null) =>
				`; the next report covers the period after ${last ?? 'none yet'}.`,
			delete: 'Delete this schedule',
			notFound: 'There is no such schedule.'
		}
	},
	imports: {
		title: 'Import from the HR system',
		heading: 'Import from your HR system',
		lead: 'Upload the people list your HR system exports. You see exactly what would change, and every row with a problem, before anything changes.',
		crumb: 'Import',
		uploadHeading: 'Upload a file',
		tooLarge: (size: string, max: string) =>
			`The file is ${size}: the largest accepted here is ${max}.`,
		fileLabel: 'CSV or Excel file',
		fileHint: (max: string) =>
			`CSV (UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab separated) or an Excel workbook (.xlsx), up to ${max}.`,
		reading: 'Reading the file…',
		upload: 'Upload and preview',
		nothingYet: 'Nothing changes until you look at the preview and apply it.',
		template: 'Download the template',
		current: 'Download the current organisation',
		currentNote: 'in the same format, to edit and import back',
		fileHeading: 'The file',
		exportFrom: 'An export from',
		vendors: 'BambooHR, Workday, Personio, HiBob or Rippling',
		vendorsAfter:
			', or any people list: Rapport guesses what each column means and you confirm it before the preview. The columns below are read directly, without that step.',
		oneRow: 'One row per person, a header row first. Columns in any order; others are ignored.',
		required: 'required',
		columns: {
			employee_id: "The HR system's id. People are matched by it, or by email when it is empty.",
			email: 'Work email; also how they sign in.',
			name: 'Full name.',
			department:
				'A department path such as Operations/Customer Support (missing departments are created) or a department code such as SUP.',
			head_of: 'Departments this person heads: codes or paths, separated by “;”.',
			locale: 'Language, such as en, es or en-GB.',
			role: '“employee” or “hr”. Empty keeps the current role.',
			status:
				'“active”, “inactive”, “terminated” or “on leave”: anyone not at work is deactivated, never deleted. Empty means active.'
		} as Record<string, string>,
		recent: 'Recent imports',
		noneYet: 'No file has been uploaded yet.',
		recentCaption: 'Recent imports, newest first',
		uploaded: 'Uploaded',
		file: 'File',
		by: 'By',
		rows: 'Rows',
		status: 'Status',
		statuses: { previewed: 'Previewed', applied: 'Applied', discarded: 'Discarded' } as Record<
			string,
			string
		>,
		problems: (n: number, count: string) => (n === 1 ? `${count} problem` : `${count} problems`),
		preview: {
			title: 'Import preview',
			crumb: 'Preview',
			uploaded: (at: string, by: string | null) =>
				by ? `Uploaded ${at} by ${by}` : `Uploaded ${at}`,
			rows: (n: number, count: string) => (n === 1 ? `${count} row` : `${count} rows`),
			excel: 'Excel workbook',
			tabs: 'separated by tabs',
			separatedBy: (delimiter: string) => `separated by “${delimiter}”`,
			applied: (at: string) => `Applied ${at}.`,
			departmentsCreated: (n: number) =>
				n === 1 ? '1 department created' : `${n} departments created`,
			departmentsMoved: (n: number) => (n === 1 ? '1 department moved' : `${n} departments moved`),
			peopleAdded: (n: number) => (n === 1 ? '1 person added' : `${n} people added`),
			peopleChanged: (n: number) => (n === 1 ? '1 person changed' : `${n} people changed`),
			peopleDeactivated: (n: number) =>
				n === 1 ? '1 person deactivated' : `${n} people deactivated`,
			nothingNeeded: 'Nothing needed changing.',
			seeTree: 'See the department tree',
			seeAudit: 'See each change in the audit log',
			discarded: 'This import was discarded. Nothing was changed.',
			expired: 'This preview is more than a day old.',
			uploadAgain: 'Upload the file again',
			forFresh: 'for a fresh one.',
			problemsIn: (n: number) =>
				n === 1 ? '1 problem in the file.' : `${n} problems in the file.`,
			fixFirst:
				'Nothing can be applied until they are fixed: correct the rows listed below in your HR system or spreadsheet, then upload the file again.',
			matches: 'This file matches the organisation: nothing to change.',
			notInFileNote: (n: number) =>
				n === 1
					? '1 active person is not in the file; a full import would deactivate them.'
					: `${n} active people are not in the file; a full import would deactivate them.`,
			asWhenApplied: 'The preview, as it was when applied',
			asWhenDiscarded: 'The preview, as it was when discarded',
			tiles: {
				newDepartments: 'New departments',
				departmentMoves: 'Departments moving',
				created: 'New people',
				moved: 'People changing department',
				updated: 'People with other changes',
				reactivated: 'Reactivated',
				deactivated: 'Deactivated (not at work)',
				unchanged: 'Unchanged',
				notInFile: 'Not in the file'
			},
			apply: 'Apply',
			fullImport: (n: number) =>
				n === 1
					? 'Full import: also deactivate the 1 person not in the file'
					: `Full import: also deactivate the ${n} people not in the file`,
			fullImportHint:
				'They keep their history and can be reactivated; they are signed out at once. Leave this unticked when the file lists only part of the organisation.',
			allOrNothing:
				'All of it is applied in one go, or nothing is. The audit log records every change.',
			applying: 'Applying…',
			applyImport: 'Apply import',
			discard: 'Discard',
			discardUpload: 'Discard this upload',
			uploadAnother: 'Upload another file'
		}
	},

	// ── The company view: /company, its heat map, service matrix, provider list, section menu,
	// and the per-question results (QuestionResults). Add sections here, before the next line.
	company: {
		title: 'Company view',
		roundOf: (round: string, scope: string) => `Round of ${round} · ${scope}`,
		theWholeCompany: 'the whole company',
		notInRound: 'That department took no part in this round.',
		noRound:
			'No round has closed yet. Results appear here when the first round closes; start a programme under',
		sectionsLabel: 'Sections of the company view',
		sections: {
			heatmap: 'Heatmap',
			actions: 'Actions',
			matrix: 'Service matrix',
			impact: 'What moves eNPS'
		},
		enpsNote: 'promoters minus detractors, from −100 to +100',
		internalNpsNote: 'all internal service ratings of the company together',
		participationTitle: 'Participation by department',
		tookPart: 'Took part',
		participationLabel: 'Share of invited people who answered, by department',
		participationSummary: 'Share of invited people who answered, by department.',
		lowestParticipation: (name: string, rate: string) => `Lowest participation: ${name} (${rate}).`,
		trendLabel: (scope: string) => `% favourable per driver, round by round, ${scope}`,
		trendSummary: (rounds: number, scope: string) =>
			`% favourable of each driver over ${rounds} rounds for ${scope}; drivers take turns, so a dashed line bridges the rounds that did not ask one; a gap is a round whose figure is hidden.`,
		participationSeries: 'Participation (%)',
		enpsTrendLabel: (scope: string) => `eNPS and participation, round by round, ${scope}`,
		enpsTrendSummary:
			'eNPS (−100 to +100, the darker line is zero) and the share of invited people who answered; a gap is a round whose figure is hidden.',
		impactTooFew: (n: number, scope: string) =>
			`Driver impact needs at least ${n} respondents; ${scope} had fewer in this round.`,
		impactSummary:
			'How closely each driver goes with eNPS across respondents (Pearson r); a correlation, not proof of cause.'
	},
	companyHeatmap: {
		all: (name: string) => `${name} (all)`,
		ownMembersCounted: (name: string) => `${name} (own members, counted above)`,
		ownMembers: 'own members',
		ownMembersCountedAxis: 'own members (counted above)',
		label: 'Heatmap of departments by driver (% favourable), eNPS and participation',
		summary: (drivers: string) =>
			`Each department's % favourable per driver (${drivers}), its eNPS and participation; grey cells are hidden to protect anonymity, each marked with why.`,
		tableLabel: 'Show the heatmap as a table, with links to each team',
		colours: 'Colours, % favourable:',
		enpsColours: (below: string, orMore: string) =>
			`· eNPS: below ${below} to ${orMore} or more, same colours.`,
		pooled: (k: number) =>
			`Own members “counted above”: a department with fewer than ${k} own members invited (its head and staff above its teams) does not report them as a group; they count only in the figure above it, and the department's row covers the departments below it.`
	},
	companyMatrix: {
		title: 'Internal service matrix',
		levelsLabel: 'Rows of the matrix',
		rows: 'Rows:',
		levels: { divisions: 'divisions', departments: 'departments' },
		introDivisions:
			'Internal NPS (−100 to +100) that everyone in each division (rows) gave the departments they depend on (columns).',
		introDepartments:
			"Internal NPS (−100 to +100) that each department's own members (rows) gave the departments they depend on (columns).",
		bestLowest: (best: string, lowest: string) => `Rated best overall: ${best}; lowest: ${lowest}.`,
		rowsOmitted: (n: string) =>
			`${n} departments are in view: too many rows to read as one grid, so only what each provider received is shown here. Choose a department above to see how its teams rate each provider, or export the whole matrix from the Exports page.`,
		caption: 'Internal NPS by consumer (rows) and provider (columns)',
		ratedBy: 'Rated by',
		all: 'All',
		allTitle: 'All providers together',
		everyone: 'Everyone',
		everyoneNote: 'each provider’s internal NPS',
		whyHidden: (k: number) =>
			`A cell needs ${k} raters; more are hidden so that none can be worked out from the others, and each provider's internal NPS (Everyone) is hidden last. The rows with more cells shown are the default.`,
		nobodyAsked: 'Nobody was asked about it in this round.',
		fromEveryone: 'Internal NPS from everyone:',
		notAskedAbout: {
			divisions: (n: number, count: string) =>
				`Not asked about it: ${count} ${n === 1 ? 'division' : 'divisions'}.`,
			departments: (n: number, count: string) =>
				`Not asked about it: ${count} ${n === 1 ? 'department' : 'departments'}.`
		}
	},
	questionResults: {
		title: 'Question by question',
		intro:
			'Each question of this round: % who agree (4 or 5), how answers spread from strongly disagree to strongly agree, and the difference from the whole company and from your last round that asked it.',
		answers: ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'],
		company: 'Company:',
		favourable: (share: string) => `${share} favourable`,
		yourTeam: (change: string) => `; your team ${change} points`,
		vsCompany: (change: string) => `${change} vs company`,
		companyNotShown: 'company figure not shown',
		noEarlier: 'no earlier figure to compare'
	},

	// ── Insights: /insights and its parts, /insights/data, /insights/api-keys, the scatter chart.
	// Add sections here, before the next line.
	insights: {
		heading: 'Internal service and customer satisfaction',
		forbidden: 'Insights are for HR and department heads.',
		chainHeading: 'The service-profit chain',
		chainIdea:
			'The service-profit chain is the idea that people who are well served by their colleagues serve their own customers better, so that good service inside a company shows up as satisfied customers outside it. This page checks that idea against your own figures: do the departments that rate the help they get from other departments highly also have more satisfied customers?',
		chainNote: (notEnough: string) =>
			`Each point below is a department; its internal figure passed the anonymity threshold in every month used. A relation is called more than “${notEnough}” only when its 95% interval is narrow and does not include zero.`,
		addFigures: 'Add external figures (CSV)',
		evidence: {
			notAvailable: 'not available',
			notEnough: 'not enough evidence yet',
			positive: 'positive',
			negative: 'negative',
			strong: (direction: string) => `strong, ${direction}`,
			atLeast: (direction: string, size: string) => `${direction}, at least ${size}`,
			possiblyNegligible: (direction: string) => `${direction}, but possibly negligible`,
			sizes: { moderate: 'moderate', weak: 'weak' }
		},
		interval: (low: string, high: string) => `[${low}, ${high}]`,
		internalNpsGiven: 'Internal NPS given to providers',
		internalNpsUnit: 'internal NPS',
		units: {
			nps: 'NPS',
			satisfied: '% satisfied',
			meanOn: (scale: string) => `mean on ${scale}`,
			percent: 'percent'
		},
		sameMonth: 'Same month',
		monthsLater: (n: number) => (n === 1 ? '1 month later' : `${n} months later`),
		filters: 'What to compare',
		internalFigure: 'Internal figure',
		customerFigure: 'Customer figure',
		customersMeasured: 'Customers measured',
		roundsFrom: 'Rounds from',
		roundsTo: 'to',
		show: 'Show',
		showingDefaults: (problems: string) => `${problems} Showing the defaults instead.`,
		queryProblems: {
			metric: (choices: string) => `metric must be one of ${choices}.`,
			internal: (choices: string) => `internal must be one of ${choices}.`,
			day: (name: string, first: string, last: string) =>
				`${name} must be a calendar day, YYYY-MM-DD, from ${first} to ${last}.`,
			lag: (choices: string) => `lag must be one of ${choices} (months).`,
			order: 'from must not be after to.'
		},
		notCausation: 'Correlation is not causation.',
		notCausationText:
			'A relation between two figures says they move together, not that one causes the other; both may follow something else, and it can run both ways.',
		compared: 'Departments compared',
		notEnoughTitle: 'Not enough departments.',
		notEnoughText: (n: number, count: string, minimum: string) =>
			`${n === 0 ? 'No department has' : n === 1 ? `Only ${count} department has` : `Only ${count} departments have`} both a customer figure and an internal figure that passed the anonymity threshold in these months. At least ${minimum} are needed before Rapport shows a correlation.`,
		pearson: 'Correlation (Pearson r)',
		r: 'r',
		interval95: '95% interval',
		departmentsN: 'Departments (n)',
		spearman: 'Rank correlation (Spearman)',
		scatterLabel: (x: string, y: string) => `Scatter of departments: ${x} against ${y}`,
		scatterSummary: (n: string, r: string, ci: string, says: string) =>
			`Across ${n} departments, each weighted by its respondents over its months, r = ${r} (95% interval ${ci}): ${says}.`,
		fitRises: (slope: string, yUnit: string, xUnit: string) =>
			` The fitted line, weighted the same way, rises ${slope} points of ${yUnit} per point of ${xUnit}.`,
		unitsWithheld: (n: number, count: string) =>
			n === 1
				? `${count} other department is in the figures but not shown one by one: you see your own departments only.`
				: `${count} other departments are in the figures but not shown one by one: you see your own departments only.`,
		quartilesLead: 'Top against bottom quarter:',
		quartiles: (
			n: number,
			size: string,
			measure: string,
			top: string,
			unit: string,
			bottom: string
		) =>
			`the ${size} ${n === 1 ? 'department' : 'departments'} with the highest ${measure} average ${top} ${unit}; the ${size} with the lowest, ${bottom}: a gap of`,
		leftOut: (n: number, count: string) =>
			`Left out: ${count} ${n === 1 ? 'department' : 'departments'} with customer figures whose internal figure stayed below the anonymity threshold.`,
		otherScale: (n: number, count: string, scale: string) =>
			n === 1
				? `${count} figure is on another scale than ${scale} and cannot be compared.`
				: `${count} figures are on another scale than ${scale} and cannot be compared.`,
		matching: 'How rounds and customer figures are matched',
		alignment:
			'Rounds and external figures meet by calendar month. A round counts for the month in which it opened. An external figure counts for each month whose 15th falls within its period (a monthly figure for its month, a quarterly one for each of its three months; a shorter period for the month of its middle day). Several figures for one department and month (several sources, overlapping periods) are averaged, weighted by sample size. With a lag of L months, internal figures of month m meet external figures of month m + L; the reverse view pairs external figures of month m with internal figures of month m + L.',
		method: (minimum: string, notAvailable: string) =>
			`A department counts as its own people (for a department with sub-departments, the people directly in it), and only in months where its internal figure passed the anonymity threshold. Correlations need at least ${minimum} departments. Across departments, each department weighs the respondents behind its internal figure summed over its months, so a department seen in 2 months counts less than one seen in 24; the 95% interval uses Fisher's z over the effective number of departments those weights leave. Month to month within departments, each department's own mean is removed first, which spends one degree of freedom per department; the intervals allow for it. A correlation is “${notAvailable}” when one of the figures does not vary at all.`,
		unitsTable: {
			title: 'What each department rests on',
			note: (effective: string | null) =>
				`A department weighs the respondents behind its internal figure, summed over its months${effective === null ? '.' : `: together the departments count as ${effective} of equal weight.`}`,
			caption: 'Months and weight of each department',
			department: 'Department',
			months: 'Months',
			weight: 'Respondents over those months (weight)'
		},
		links: {
			title: 'The chain, a link at a time',
			note: 'Internal support received → morale and empowerment → customer satisfaction. Each link across departments (each weighted by its respondents), with its 95% interval and what that interval allows us to say.',
			caption: 'Correlation of each link of the chain',
			link: 'Link',
			says: 'What it says',
			departments: 'Departments',
			notEnough: 'not enough departments',
			ofCustomers: (metric: string) => `${metric} of customers`
		},
		upstream: {
			title: 'Upstream: whose service tracks customer satisfaction',
			note: (metric: string, later: string | null) =>
				`For the customer-facing departments: how the internal NPS they give each provider moves with their customers' ${metric}${later ? ` ${later}` : ''}, month to month. Only ratings from groups above the anonymity threshold count.`,
			none: 'Not enough rated months yet: a provider needs at least 12 department-months of ratings.',
			caption: 'Providers by how closely their service tracks customer satisfaction',
			provider: 'Provider',
			customerFacing: 'Customer-facing departments',
			departmentMonths: 'Department-months'
		},
		split: {
			title: 'Customer-facing and internal departments',
			note: (measure: string) => `${measure}, the average of the departments' figures.`,
			kinds: { customer_facing: 'Customer-facing', internal: 'Internal' },
			tooFew: (units: string) => `not enough departments (${units})`,
			mean: (mean: string, units: string) => `${mean} on average over ${units} departments`
		},
		change: {
			title: (name: string) => `One department over time: ${name}`,
			department: 'Department',
			empty: 'no figure (no round that month, or hidden)',
			label: (name: string) => `${name}: internal and customer figures by month`,
			summary: (
				name: string,
				later: string | null,
				r: string,
				ci: string,
				n: number,
				months: string,
				says: string
			) =>
				`Within ${name}, month to month${later ? ` with customers ${later}` : ''}: r = ${r} ${ci} over ${months} ${n === 1 ? 'month' : 'months'}: ${says}.`
		},
		lags: {
			title: 'Which comes first?',
			note: 'Month to month within each department: does a change in the internal figure come before a change in the customer figure, or the other way round?',
			none: 'Not enough departments to compare changes over time.',
			empty: 'not enough months',
			forward: 'Internal, then customers',
			reverse: 'Customers, then internal',
			label: 'Lagged correlation both ways',
			summary: (forward: string, reverse: string) =>
				`Internal figure now with customer figure 1 month later: r = ${forward}; customer figure now with internal 1 month later: r = ${reverse}.`,
			tableTitle: 'Lagged correlations with their 95% intervals',
			lag: 'Lag',
			internalToCustomers: 'Internal → customers',
			customersToInternal: 'Customers → internal',
			departmentMonths: 'Department-months',
			row: (n: number) => (n === 0 ? 'same month' : n === 1 ? '1 month' : `${n} months`),
			theSame: '(the same)',
			hint: "Each department's own mean is removed before its months are paired, and the intervals allow for that (one degree of freedom per department). Months of one department can still follow each other, which no interval here allows for: read them as a little too narrow."
		}
	},
	insightsScatter: {
		showTable: 'Show the departments as a table',
		departments: 'Departments',
		yours: 'Your departments',
		fitted: 'Fitted line (weighted by respondents)',
		department: 'Department',
		months: 'Months',
		respondents: 'Respondents (all months)',
		customersAsked: 'Customers asked',
		yourOwn: (name: string) => `${name} (yours)`,
		notGiven: 'not given'
	},
	insightsApiKeys: {
		title: 'API keys',
		leadBefore:
			'Keys let other systems send customer satisfaction figures to Rapport, or read its insights and exports, with',
		leadAfter:
			'. A key reads what HR reads, always through the anonymity thresholds. Only a fingerprint of each key is kept: it is shown once, when created.',
		created: (name: string) => `Key “${name}” created`,
		copyNow: 'Copy it now: it will not be shown again.',
		theKey: 'The key',
		revoked: 'The key was revoked; it stops working at once.',
		createHeading: 'Create a key',
		name: 'Name',
		nameHint: 'The system that will use it, such as “Zendesk nightly sync”.',
		mayDo: 'What it may do',
		scopes: {
			'external_metrics:write': 'Send external satisfaction figures (CSAT, NPS, CES)',
			'insights:read': 'Read the service-chain insights',
			'exports:read': 'Download trend exports',
			scim: 'Provision people and departments by SCIM (from an identity provider)'
		},
		create: 'Create key',
		keys: 'Keys',
		none: 'No key has been created yet.',
		caption: 'API keys, revoked ones last',
		startsWith: 'Starts with',
		may: 'May',
		createdAt: 'Created',
		lastUsed: 'Last used',
		revoke: 'Revoke',
		createdBy: (at: string, by: string | null) => (by ? `${at} by ${by}` : at),
		never: 'never',
		revokedAt: (at: string) => `revoked ${at}`,
		revokeName: (name: string) => `Revoke ${name}`,
		confirmRevoke: (name: string) => `Yes, revoke ${name}`,
		consequence:
			'Scripts using this key are refused from now on. A revoked key cannot be brought back; create a new one instead.',
		nameRequired: 'Name the key after the system that will use it.',
		nameTooLong: (max: number) => `At most ${max} characters.`,
		nameControl: 'The name contains a line break or a control character.',
		unknownScope: 'Unknown scope.',
		chooseScope: 'Choose at least one thing the key may do.',
		noSuchKey: 'There is no such key.',
		alreadyRevoked: 'That key is already revoked.'
	},
	insightsData: {
		title: 'External satisfaction figures',
		short: 'External figures',
		leadBefore:
			'Customer satisfaction (CSAT), NPS and customer effort (CES) per department and month, from your survey tool or CRM. Upload a CSV here, or send them from another system through the',
		api: 'API',
		leadAfter: '.',
		uploadHeading: 'Upload a CSV file',
		fileLabel: 'CSV file',
		fileHint: (max: string) => `UTF-8, comma or semicolon separated, up to ${max}.`,
		nothingStored:
			'Nothing is stored until you have looked at the preview and applied it; a file with any problem stores nothing. Sending the same figure again (same department, metric, period and source) replaces it, so uploading a file twice changes nothing.',
		example: `department,metric,month,value,scale,sample_size,source
SUP,csat,2026-10,84.5,percent,412,Zendesk
Operations/Customer Support,nps,2026-10,31,,388,Delighted
SAL,ces,2026-10,5.6,1-7,120,Post-purchase survey`,
		// Text between backticks is shown as code.
		monthOrPeriod: '`month`, or `period_start` and `period_end`',
		columns: {
			department:
				'A department code such as `SUP`, or its path such as `Operations/Customer Support`.',
			metric: '`csat`, `nps` or `ces`.',
			month: 'A month as `YYYY-MM`, or the first and last day as `YYYY-MM-DD`.',
			value:
				'CSAT as % satisfied (0–100) or a mean on its scale; NPS from −100 to 100; CES a mean on its scale.',
			scale:
				"`percent` (CSAT's default) or the range of a mean, such as `1-5`; required for CES, empty for NPS.",
			sample_size: 'How many customers answered.',
			source: 'Where the figure comes from, such as `Zendesk`.'
		},
		recent: 'Recent uploads',
		recentCaption: 'Recent uploads, newest first',
		statuses: {
			previewed: 'Waiting to be applied',
			applied: 'Applied',
			discarded: 'Discarded'
		} as Record<string, string>,
		counts: (added: string, replaced: string, unchanged: string) =>
			`${added} added, ${replaced} replaced, ${unchanged} unchanged`,
		uploadedAt: (at: string) => `Uploaded ${at}.`,
		stored: (counts: string) => `Stored: ${counts}.`,
		seeInsights: 'See the insights',
		appliedAt: (at: string | null, counts: string) => `Applied${at ? ` ${at}` : ''}: ${counts}.`,
		discarded: 'This upload was discarded; nothing from it was stored.',
		problems: (n: number, count: string) =>
			`${count} ${n === 1 ? 'problem' : 'problems'}: nothing can be stored`,
		problemsNote: 'Correct the file and upload it again. The header is line 1.',
		problemsCaption: 'Problems by line',
		line: 'Line',
		column: 'Column',
		problem: 'Problem',
		ready: 'Ready to store',
		readyText: (n: number, added: string, replacing: string, unchanged: string) =>
			`${added} new ${n === 1 ? 'figure' : 'figures'}, ${replacing} replacing earlier ones, ${unchanged} unchanged. All are stored together, or none.`,
		ignoredColumns: (columns: string) => `Columns ignored: ${columns}.`,
		figures: 'Figures in the file',
		figuresWithoutProblems: 'Figures in the file without problems',
		department: 'Department',
		metric: 'Metric',
		period: 'Period',
		value: 'Value',
		sample: 'Sample',
		source: 'Source',
		change: 'Change',
		changes: { new: 'new', replaces: 'replaces', unchanged: 'unchanged' } as Record<string, string>,
		was: (previous: string) => ` (was ${previous})`,
		firstOf: (shown: string, total: string) => `The first ${shown} of ${total} figures.`,
		noSuchUpload: 'There is no such upload.',
		hasProblems: 'Nothing was stored: the file has problems. Correct them and upload it again.',
		alreadyDone: 'This upload was already applied or discarded.'
	},

	// ── Stories, the action components (focus areas, guidance, fields, overview) and the
	// organisation import's mapping and details pages. Add sections here, before the next line.
	stories: {
		title: 'Service stories',
		about: (name: string) => `Service stories about ${name}`,
		intro:
			'Colleagues thank another department for help that let them serve a customer well. Stories are signed unless their teller chose to stay anonymous, and are never linked to survey answers.',
		tell: 'Tell a story',
		published: 'Thank you: your story is published.',
		hidden: 'Story hidden.',
		hideFailed: 'That story could not be hidden.',
		everyDepartment: 'Every department',
		feed: 'Stories',
		hide: 'Hide this story',
		none: 'No stories yet. Be the first to thank a department that helped you.',
		thanksTo: (name: string) => `Thanks to ${name}`,
		thanks: 'Thanks',
		whoHelped: (who: string) => `Who helped: ${who}`,
		whatHappened: 'What happened',
		customerImpact: 'What it meant for a customer',
		anonymous: 'Anonymous',
		thanking: (count: number, name: string, from: string, to: string) =>
			`${count === 1 ? 'story' : 'stories'} from colleagues thanking ${name} for their help, told from ${from} to ${to} (this round's period).`,
		since: 'more told since, to be counted with the next round.',
		noneAbout: (name: string) => `No stories about ${name} yet.`,
		allAbout: (name: string) => `All stories about ${name}`,
		tellAnother: 'Tell a story about another department',
		thisRound: 'Service stories this round',
		countsIntro: (from: string, to: string) =>
			`Stories colleagues told to thank a department for its help, ${from} to ${to}. Stories are not survey answers: they are counted as told.`,
		readAll: 'Read them all',
		noneInPeriod: 'No stories in this period.',
		count: 'Stories',
		back: '← Service stories',
		newIntro:
			"Did another department help you serve a customer well? Say who helped, what happened and what it meant for the customer. The story appears on that department's page and in the company feed.",
		needsLook: 'Some fields need another look. Nothing was published.'
	},
	storyForm: {
		department: 'Which department helped you?',
		chooseDepartment: 'Choose a department',
		colleague: 'A colleague there to thank by name (optional)',
		nobody: 'Nobody by name',
		colleagueHint: 'They must work in the department you chose.',
		whoHelped: 'Who helped (a name, a role or a team)',
		signIt: 'Sign it?',
		signed: 'Signed with my name',
		anonymousHint:
			'An anonymous story keeps no trace of you: no name, no time (only the day), and it is never linked to your survey answers. What you write may still say who you are.',
		publish: 'Publish the story',
		problems: {
			required: 'Please fill this in.',
			too_long: 'That is too long; please shorten it.',
			unknown: 'Choose one from the list.',
			own_department: 'Stories are about another department than your own.'
		}
	},
	focusAreas: {
		none: 'No focus areas yet. After a round closes, pick up to three drivers or items to work on and write what the team will do; your team sees them on their home page.',
		chosenAfter: (round: string) => `Chosen after the round of ${round}; your team sees these.`,
		trend: (wholeDriver: boolean) =>
			`% favourable${wholeDriver ? ' (whole driver)' : ''} since then:`,
		plan: 'Plan focus areas and actions'
	},
	actionsOverview: {
		summary: (departments: number, count: string, statuses: string, overdue: string) =>
			`${count} ${departments === 1 ? 'department has' : 'departments have'} focus areas after their latest round: ${statuses}; ${overdue}.`,
		statusCounts: {
			planned: (n: number, count: string) => `${count} planned`,
			in_progress: (n: number, count: string) => `${count} in progress`,
			done: (n: number, count: string) => `${count} done`,
			dropped: (n: number, count: string) => `${count} dropped`
		},
		overdue: (n: number, count: string) => `${count} overdue`,
		status: 'Status',
		anyStatus: 'Any status',
		overdueOnly: 'Overdue only',
		filter: 'Filter actions',
		noneMatch: 'No focus areas match.',
		after: (round: string) => `after ${round}`
	},
	actionFields: {
		title: 'What will be done',
		owner: 'Owner',
		nobody: 'Nobody from the list',
		otherOwner: '…or another owner',
		dueOn: 'Due',
		status: 'Status',
		notes: 'Notes'
	},
	driverGuidance: {
		title: 'Understanding the drivers',
		intro: 'What each driver means, and how to start the conversation with your team.',
		strongTeams: 'What strong teams do.',
		starters: 'Conversation starters for the team meeting',
		// Rapport's own words: what each driver means, what strong teams do about it, and three
		// questions to open the team meeting with.
		drivers: {
			empowerment: {
				meaning:
					'Whether people find meaning in their work, feel able to do it, decide how to go about it, and may put a customer’s problem right without asking first.',
				strongTeams:
					'Agree on the decisions anyone may take without asking, write them down, and back people who use them, even when the result is not what the lead would have chosen.',
				starters: [
					'Which decision did you last wait for someone else to take, and could you have taken it yourself?',
					'What would you fix for a customer today if you knew nobody would question it?',
					'Where do you lack a tool or a skill to do your job well?'
				]
			},
			internal_support: {
				meaning:
					'How well the other departments this team depends on serve it: on time, at the right quality, and treating the team as their customer.',
				strongTeams:
					'Name their few key providers, agree with each what good service looks like, and raise problems with them directly and early instead of working around them.',
				starters: [
					'Which department did we wait on most this month, and what did it cost our customers?',
					'Do we know whom to ask in each department we depend on?',
					'What one thing could we ask a provider to change, and who will ask?'
				]
			},
			morale: {
				meaning:
					'The energy and pride people bring to work, the mood in the team, and how they see the team’s future.',
				strongTeams:
					'Talk openly about what drains them, celebrate finished work together, and share what is coming so that nobody learns about changes from rumours.',
				starters: [
					'What gave you energy at work this month, and what took it away?',
					'What are we proud of that people outside the team do not see?',
					'What do you wish you knew about where the team is heading?'
				]
			},
			recognition: {
				meaning:
					'Whether good work is noticed and thanked, recognition is fair, and people see a way to grow.',
				strongTeams:
					'Thank specific work soon after it happens, let peers recognise each other, and talk with each person about their next step at least twice a year.',
				starters: [
					'Whose work this month deserves a thank-you that it has not had yet?',
					'Does recognition here go to the visible work or to the useful work?',
					'What would a next step look like for you in the coming year?'
				]
			},
			workload: {
				meaning:
					'Whether the work fits the time, people can do it well rather than just fast, switch off after work, and know what comes first.',
				strongTeams:
					'Keep a short, shared list of priorities, say openly what they will stop doing when something new arrives, and protect time off.',
				starters: [
					'What are we doing that we could stop without customers noticing?',
					'When did you last have time to do a task as well as you wanted?',
					'Is it clear what comes first when everything is urgent?'
				]
			},
			manager_support: {
				meaning:
					'Whether people’s manager clears obstacles out of their way, backs the decisions they make with customers, and asks what they need.',
				strongTeams:
					'Have a manager who asks regularly what is in the way, acts on the answer, and stands behind people who solve a customer’s problem without escalating it.',
				starters: [
					'What is in your way that I could remove this month?',
					'When did you last hold back with a customer because you were unsure I would back you?',
					'What do you need from me that you are not getting?'
				]
			}
		}
	},
	importMapping: {
		title: (file: string) => `Columns of ${file}`,
		crumb: 'Columns',
		heading: 'What do the columns mean?',
		excel: 'Excel workbook (first sheet)',
		csv: (encoding: string | null, separated: string) =>
			`CSV, ${encoding ?? 'text'}${separated ? `, ${separated}` : ''}`,
		guessed:
			'Rapport guessed each column’s meaning from its header and values. Check them and change any that are wrong: the preview is made with this mapping, and it is used again for the next file with the same columns.',
		comesFrom: 'The file comes from',
		generic: 'Another system (generic)',
		columns: 'Columns of the file',
		caption: 'Columns of the file and what each means',
		column: 'Column in the file',
		examples: 'Examples',
		means: 'Means',
		nth: (n: string) => `(column ${n})`,
		notUsed: 'Not used',
		needed:
			'Needed: a work email, a name (full, or first and last) and a department (with its division or as a path). With a manager column, each department’s head is the manager of most of its members; you can correct them in the preview. A status column decides who is active: people who left, are on leave or have not started are deactivated, never deleted, and never invited.',
		use: 'Use this mapping and preview',
		fields: FIELD_LABELS,
		notFound: 'There is no such import.',
		checkForm: 'Check the form.',
		gone: 'This upload can no longer be changed: it was applied, discarded or is too old.'
	},
	importDetails: {
		columnsUsed: 'Columns used',
		readAs: (system: string) => `Read as an export from ${system}.`,
		genericSystem: 'another system (generic)',
		remap: 'Change what the columns mean',
		howRead: 'How the file’s columns were read',
		takenAs: 'Taken as',
		unused: (headers: string) => `Not used: ${headers}.`,
		heads: {
			heading: (count: string) => `Department heads (${count})`,
			label: 'Department heads',
			intro:
				'Each department’s head is the manager of most of its members; a division’s, the manager of most of its departments’ heads.',
			change: 'Change any that are wrong and save: the preview is made again.',
			showAll: (count: string) => `Show all ${count} departments`,
			department: 'Department',
			head: 'Head',
			why: 'Why',
			noHead: 'No head',
			basis: {
				manager: (votes: string, members: string) => `Manages ${votes} of ${members}`,
				head_column: () => 'From the head column',
				chosen: () => 'Chosen by you',
				none: () => 'No manager in the file'
			},
			saving: 'Saving…',
			save: 'Save the heads'
		},
		firstOf: (listed: string, total: string) => `The first ${listed} of ${total}.`,
		problems: (count: string) => `Problems (${count})`,
		headerLine: 'Line 1 is the header.',
		problemRows: 'Rows with problems',
		line: 'Line',
		column: 'Column',
		value: 'Value',
		problem: 'Problem',
		notes: 'Notes',
		newDepartmentsNote:
			'They start as internal departments; mark customer-facing ones on their page afterwards.',
		showNewDepartments: (count: string) => `Show all ${count} new departments`,
		departmentsCreated: 'Departments the import creates',
		code: 'Code',
		firstLine: 'First on line',
		movesNote: 'Their people, sub-departments and history move with them.',
		departmentsMoved: 'Departments the import moves',
		from: 'From',
		to: 'To',
		showNewPeople: (count: string) => `Show the ${count} new people listed`,
		peopleAdded: 'People the import adds',
		changes: (count: string) => `Changes to people (${count})`,
		movesFirst: 'Department moves first.',
		showChanges: (count: string) => `Show the ${count} changes listed`,
		peopleChanged: 'People the import changes',
		person: 'Person',
		changed: 'Changes',
		changedTo: 'to',
		fields: {
			employeeId: 'Employee id',
			email: 'Email',
			name: 'Name',
			department: 'Department',
			locale: 'Language',
			role: 'Role',
			active: 'Status',
			headOf: 'Head of'
		},
		states: { active: 'active', deactivated: 'deactivated' } as Record<string, string>,
		notInFileNote:
			'Active people the file does not list. They stay active unless you choose a full import.',
		showNotInFile: (count: string) => `Show the ${count} people listed`,
		notInFile: 'Active people not in the file'
	},

	// ── Messages made on the server: form, refusal and import problems. Add sections here.
	serverMessages: {
		actions: {
			chooseRound: 'Choose a closed round from the list.',
			chooseSubject: 'Choose a driver or an item from the list.',
			sayWhat: 'Say what will be done.',
			atMost: (n: number) => `Use at most ${n.toLocaleString('en')} characters.`,
			noControls: 'Remove the line breaks and control characters.',
			chooseOwner: 'Choose the owner from the list.',
			dueDate: 'Enter the due date as a date (YYYY-MM-DD).',
			realDate: 'Enter a real date between 1900 and 2999.',
			chooseStatus: 'Choose a status from the list.',
			controlsInNotes: 'Remove the control characters.',
			ownerBoth: 'Choose a person from the list or write a name, not both.',
			alreadyFocus: 'This is already a focus area for this round.',
			tooMany: (n: number) => `A department picks at most ${n} focus areas per round.`,
			gone: 'This no longer exists: someone else may have changed it. Open the page again.',
			outOfRange: 'One of the fields is out of range.'
		},
		signIn: {
			notSetUp: 'Single sign-on is not set up here.',
			providerError: (provider: string, detail: string | null) =>
				`${provider} did not sign you in${detail ? ` (${detail})` : ''}. Try again, or ask your IT team.`,
			notThisBrowser:
				'This sign-in answer does not belong to the sign-in started in this browser, so it was refused. Start again from the sign-in page.',
			expired:
				'The sign-in took too long or was started in another browser. Start again from the sign-in page.',
			tokenRejected: (provider: string) =>
				`Rapport could not verify the answer from ${provider}. Start again; if it keeps happening, tell your HR team.`,
			unreachable: (provider: string) =>
				`Rapport could not reach ${provider}. Try again in a moment, or tell your HR team.`,
			noEmail: (provider: string) =>
				`${provider} did not tell Rapport your email address. Ask your IT team to release the "email" claim to Rapport.`,
			unverifiedEmail: (provider: string) =>
				`${provider} has not verified your email address, so Rapport cannot tell who you are.`,
			unknownPerson: (address: string | null) =>
				`${address ?? 'Your address'} has no Rapport account. Ask your HR team to add you.`,
			inactive: 'Your Rapport account is deactivated. Ask your HR team if this is a mistake.'
		},
		exports: {
			chooseFormat: 'Choose CSV, XLSX or PDF.',
			fromDay: 'From must be a day, YYYY-MM-DD.',
			toDay: 'To must be a day, YYYY-MM-DD.',
			chooseDepartment: 'Choose a department from the list.',
			chooseContents: 'Choose contents from the list.',
			choosePaper: 'Choose A4 or Letter.',
			chooseLanguage: 'Choose English or Spanish.',
			chooseDialect: 'Choose comma or semicolon.',
			fromAfterTo: 'From must not be after To.',
			periodHint:
				'Choose a period from the list, or name one: a month (2026-07), quarter (2026-Q3), half-year (2026-H1) or year (2026).'
		},
		access: {
			noAccessPage: 'You do not have access to this page.',
			noSuchDepartment: 'There is no such department.',
			noAccessDepartment: 'You do not have access to this department.',
			noClosedRound: 'There is no closed round with that id: results appear once a round closes.',
			badDay: (name: string, from: string, to: string) =>
				`${name} must be a day, YYYY-MM-DD, from ${from} to ${to}.`,
			rangeBackwards: 'The range must not end before it begins.',
			consumers: 'consumers must be departments or divisions.',
			teamForHeads:
				'Team results are for department heads and HR; everyone can see the company results.',
			noSuchPlan: 'That is not one of this department’s plans.',
			exportOwnDepartments: 'You may export only the departments you head.',
			sendExportForm: 'Send the exports form.'
		},
		fields: {
			atMost: (n: number) => `Use at most ${n} characters.`,
			invisible:
				'The name contains an invisible character (a text-direction override or a zero-width space). Retype it.',
			enterEmail: 'Enter an email address.',
			notEmail: (email: string) => `“${email}” is not an email address like name@example.com.`,
			enterName: 'Enter a name.',
			nameControl: 'The name contains a line break or a control character.',
			employeeIdControl: 'The employee id contains a line break or a control character.',
			enterDepartmentName: 'Enter a department name.',
			departmentNameSeparators: 'A department name cannot contain “/” or “;”.',
			enterCode: 'Enter a short code, such as SUP.',
			codeCharacters:
				'Use letters, digits, “.”, “_” and “-” only, starting with a letter or digit.',
			languageCode: 'Enter a language code such as en, es or en-GB.',
			chooseDepartment: 'Choose a department from the list.',
			chooseKind: 'Choose customer-facing or internal.',
			moveTarget: 'Choose where to move it: under a department, or to the top level.',
			choosePreset: 'Choose the system the file comes from.',
			chooseMeaning: 'Choose a meaning from the list.',
			formOutOfDate: 'The form does not match the preview. Open the page again.'
		},
		people: {
			emailTaken: 'Another person already has this email address.',
			employeeIdTaken: 'Another person already has this employee id.',
			noSuchDepartment: 'That department does not exist.',
			archivedDepartment: (name: string) => `“${name}” is archived: choose a department in use.`,
			departmentArchived: (name: string) => `“${name}” is archived.`,
			ownAccount: 'You cannot deactivate your own account.',
			ownHrRole: 'You cannot revoke your own HR role: ask another HR person.',
			reactivateFirst: 'Reactivate this person first.'
		},
		departments: {
			codeTaken: (code: string) => `The code “${code}” is already used by another department.`,
			nameTaken: (name: string) => `There is already a department named “${name}” there.`,
			underItself: 'A department cannot move under one of its own sub-departments.',
			noSuchParent: 'That parent department does not exist.',
			restoreFirst: 'Restore this department before moving it.',
			ownParent: 'A department cannot be its own parent.',
			archiveBlocked: (people: number, subDepartments: number) => {
				const blockers = [
					people > 0 ? `${people} active ${people === 1 ? 'person' : 'people'}` : '',
					subDepartments > 0
						? `${subDepartments} sub-department${subDepartments === 1 ? '' : 's'} in use`
						: ''
				].filter(Boolean);
				return `Move or archive its ${blockers.join(' and ')} first.`;
			},
			restoreClash: 'A department in use has the same name in the same place: rename one first.'
		},
		serviceMap: {
			noneChosen: 'Choose at least one department, or let it rate any department.',
			notItself: 'A department does not rate itself.',
			gone: 'One of the departments chosen is archived or no longer exists.'
		},
		files: {
			empty: 'The file is empty.',
			workbookUnreadable:
				'This looks like a spreadsheet workbook but it cannot be read as one (.xlsx).',
			binary: 'The file contains binary data, not text.',
			badEncoding: (encoding: string) =>
				`The file starts as ${encoding} text but is not valid ${encoding}.`,
			quoteNotClosed: 'A quoted field is never closed: a “"” is missing.',
			badQuotes: 'This line cannot be read as CSV: check its quotes.',
			restUnreadable: 'The rest of the file cannot be read as CSV.',
			unreadableLine: 'Unreadable line.',
			noHeader: 'The file has no header line.',
			tooManyRows: (n: number) =>
				`The file has more than ${n.toLocaleString('en')} rows. Split it.`,
			delimiter: (d: string) => (d === '\t' ? 'tab' : `“${d}”`),
			fieldCount: (fields: number, header: number, delimiter: string) =>
				`This line has ${fields} fields but the header has ${header}. Check for a missing or extra ${delimiter} or an unclosed quote.`
		},
		upload: {
			tooLarge: (size: string, advice: string) =>
				`The file is too large: the largest accepted here is ${size}. ${advice}`,
			unreadable: 'The upload could not be read. Choose the file and try again.',
			chooseFile: 'Choose a CSV file to upload.',
			splitFiles: 'Split it into several files.',
			splitOrRaise:
				'Split it into several files, or ask your administrator to raise BODY_SIZE_LIMIT.'
		},
		externalFigures: {
			monthAndPeriod: 'Give a month or a period start and end, not both.',
			notMonth: (month: string) => `“${month}” is not a month: write it as YYYY-MM.`,
			periodRequired: 'A month (YYYY-MM) or a period start and end is required.',
			requiredWithPeriod: 'Required with a period (or give a month instead).',
			notDay: (value: string) => `“${value}” is not a day: write it as YYYY-MM-DD.`,
			endsBeforeStart: 'The period ends before it starts.',
			npsNoScale: 'NPS has no scale: it runs from −100 to 100. Leave scale empty.',
			notScale: (scale: string) =>
				`“${scale}” is not a scale: write percent, or the range of a mean such as 1-5 or 1-7.`,
			cesScale: 'CES needs its scale, such as 1-7 or 1-5.',
			departmentRequired: 'A department code or path is required.',
			notMetric: (metric: string) => `“${metric}” is not a metric: use csat, nps or ces.`,
			metricRequired: 'The metric is required: csat, nps or ces.',
			valueRequired: 'The value is required.',
			notNumber: (value: string) => `“${value}” is not a number.`,
			/** `scale` is null for NPS. */
			outside: (scale: string | null, min: number, max: number, value: number) => {
				const what =
					scale === null ? 'NPS' : scale === 'percent' ? 'A percentage' : `A mean on ${scale}`;
				return `${what} runs from ${min} to ${max}; ${value} is outside.`;
			},
			notSampleSize: (value: string) =>
				`“${value}” is not a number of responses (a whole number from 1).`,
			sourceRequired: 'The source is required, such as the survey tool’s name.',
			sourceTooLong: (n: number) => `At most ${n} characters.`,
			noDepartment: (value: string) =>
				`There is no department “${value}”: give its code (such as SUP) or its path (such as Operations/Customer Support).`,
			archived: (name: string) => `The department “${name}” is archived.`,
			line: (n: number) => `line ${n}`,
			sameFigure: (earlier: string) =>
				`The same department, metric, period and source as ${earlier}: give each figure once.`,
			missingColumns: (n: number, missing: string, columns: string) =>
				`The header lacks the column${n > 1 ? 's' : ''} ${missing}. Columns: ${columns}.`,
			columnTwice: (column: string) => `The column ${column} appears twice in the header.`,
			fieldCount: (fields: number, header: number, delimiter: string) =>
				`This line has ${fields} fields but the header has ${header}. Check for a missing or extra “${delimiter}”.`
		},
		orgImport: {
			columnTwice: (line: number, column: string) =>
				`Line ${line}: the column “${column}” appears twice in the header.`,
			headerFirst: (columns: string) =>
				`The first line must be the header, naming the columns: ${columns}. Download the template to start from.`,
			missingColumns: (columns: string, ...missing: string[]) =>
				`The header has no ${missing.map((c) => `“${c}”`).join(' and ')} column${missing.length > 1 ? 's' : ''}. The columns are: ${columns}.`,
			workbookUnreadable: 'The workbook cannot be read.',
			workbookTooBig: 'The workbook unpacks to more than an import can take.',
			saveAsCsv: 'Save it from your spreadsheet as “CSV UTF-8” and upload it again.',
			sheetEmpty: 'The workbook’s first sheet is empty.',
			ignoredColumns: (columns: string) => `Columns not used and ignored: ${columns}.`,
			noEmployeeId: 'The file has no employee_id column: people are matched by email only.',
			noColumn: (column: string) =>
				`The file has no ${column} column: that stays as it is for everyone.`,
			noRows: 'The file has a header but no rows.',
			unknownStatus: (status: string) =>
				`“${status}” is not an employment status Rapport knows: active, inactive, terminated or on leave.`,
			duplicateEmployeeId: (line: number) => `Duplicate employee id: line ${line} has it too.`,
			duplicateEmail: (line: number) => `Duplicate email: line ${line} has it too.`,
			notLocale: (value: string) => `“${value}” is not a language code such as en, es or en-GB.`,
			notRole: (value: string) => `The role must be “employee” or “hr”, not “${value}”.`,
			person: (name: string, employeeId: string | null) =>
				employeeId ? `${name}, employee ${employeeId}` : name,
			emailOfAnother: (email: string, owner: string, employeeId: string) =>
				`${email} belongs to another person in Rapport (${owner}), not to employee ${employeeId}.`,
			emailOfEmployee: (email: string, ownerId: string, employeeId: string) =>
				`${email} belongs to employee ${ownerId} in Rapport, but this row says ${employeeId}.`,
			samePerson: (line: number, person: string) =>
				`Line ${line} is already about this person (${person}).`,
			ownHrRole: 'This is your own account: an import cannot take away your own HR role.',
			ownDeactivation: 'This is your own account: an import cannot deactivate you.',
			leaversNotInRapport: (n: number) =>
				`${n} ${n === 1 ? 'row is about someone' : 'rows are about people'} not at work (left, on leave or not started) and not in Rapport: not added.`,
			youNotInFile: 'You are not in the file: a full import leaves your own account active.',
			/** `null` is the top level. */
			placedTwice: (name: string, earlier: string | null, line: number, here: string | null) => {
				const where = (path: string | null) => (path ? `“${path}”` : 'the top level');
				return `“${name}” is placed under ${where(earlier)} on line ${line} but under ${where(here)} here.`;
			},
			archived: (name: string) =>
				`The department “${name}” is archived. Restore it first or use another.`,
			noSuchDepartment: (text: string) =>
				`No department has the code or top-level name “${text}”. To create it, give its path: Parent/${text}, or /${text} at the top level.`,
			enterDepartment: 'Enter a department: a path such as Operations/Support, or a code.',
			emptyPart: (path: string) => `The path “${path}” has an empty part.`,
			inPath: (segment: string, problem: string) => `“${segment}” in the path: ${problem}`,
			cycleItself: (name: string) => `Cycle: “${name}” cannot be placed under itself.`,
			cycleBelow: (name: string, target: string) =>
				`Cycle: “${name}” cannot move under “${target}”, which is below it.`,
			twoNamed: (name: string, parentPath: string) =>
				`There would be two departments named “${name}” in ${parentPath || 'the top level'}.`,
			severalDepartments: (name: string, paths: string) =>
				`“${name}” names several departments (${paths}): map a division column too, or give paths.`,
			noDepartment: 'Enter a department.',
			fullOrFirstAndLast: 'Full name, or first and last name',
			unmapped: (missing: string) =>
				`No column is mapped to: ${missing}. Choose one for each on the mapping page.`,
			formMismatch: 'The form does not match the file’s columns. Open the page again.',
			chooseColumn: (missing: string) => `Choose a column for: ${missing}.`,
			oneColumnEach: (names: string) => `Each meaning can go to one column only: ${names}.`,
			applied: 'This import has been applied already.',
			discarded: 'This import was discarded. Upload the file again.',
			expired: 'This preview is more than a day old. Upload the file again for a fresh one.',
			failed: (reference: string) =>
				`The import could not be applied, and nothing was changed (reference ${reference}).`,
			stale:
				'The organisation changed since this preview was made. The preview below is up to date now: check it and apply again.',
			invalid: 'The file has problems: fix them and upload it again.',
			unconfirmed: 'Confirm what the file’s columns mean first.',
			conflict:
				'Someone changed the organisation while the import ran. Nothing was changed: apply again.',
			cannotChange: 'This upload can no longer be changed.'
		},
		pages: {
			noSuchPage: 'There is no such page.',
			linkOpensNoSurvey:
				'This link does not open a survey. It may have been copied incompletely: open it again from your invitation email, or ask your HR team for a new one.'
		}
	}
};

export type Messages = typeof en;

export default en;
