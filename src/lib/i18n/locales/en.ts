import type { AnswerProblem } from '$lib/domain/survey-answers';
import type { MessageProblem } from '$lib/domain/conversations';

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
		names: {
			empowerment: 'Empowerment',
			internal_support: 'Internal support received',
			morale: 'Morale',
			recognition: 'Recognition',
			workload: 'Workload',
			manager_support: 'Manager support',
			enps: 'eNPS',
			internal_service: 'Internal service rating',
			comment: 'Open comment',
			participation: 'Participation'
		},
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
	}
	// The HR pages' sections (org, pulses, questions, exports, outbox, settings) go below.
};

export type Messages = typeof en;

export default en;
