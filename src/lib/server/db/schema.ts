import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { ActionStatus } from '../../domain/action-plans';
import type { ApiScope } from '../../domain/api-scopes';
import type { Cadence, Driver, QuestionKind } from '../../domain/questions';

/** A timestamp column: read as Date, written as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp column with a database default. */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type DepartmentKind = 'customer_facing' | 'internal';
export type Role = 'employee' | 'hr';

export interface OrgSettingsTable {
	id: Generated<number>;
	name: Generated<string>;
	k_scores: Generated<number>;
	k_comments: Generated<number>;
	default_locale: Generated<string>;
}

export interface DepartmentsTable {
	id: Generated<string>;
	code: string;
	name: string;
	parent_id: string | null;
	kind: Generated<DepartmentKind>;
	archived_at: Timestamp | null;
	created_at: GeneratedTimestamp;
}

export interface DepartmentClosureTable {
	ancestor_id: string;
	descendant_id: string;
	depth: number;
}

export interface PeopleTable {
	id: Generated<string>;
	employee_id: string | null;
	email: string;
	name: string;
	department_id: string | null;
	locale: Generated<string>;
	role: Generated<Role>;
	active: Generated<boolean>;
	password_hash: string | null;
	/** When the person joined their current department (or was last reactivated). */
	department_since: GeneratedTimestamp;
	created_at: GeneratedTimestamp;
	updated_at: GeneratedTimestamp;
}

export interface DepartmentHeadsTable {
	person_id: string;
	department_id: string;
}

export interface SessionsTable {
	id: string;
	person_id: string;
	expires_at: Timestamp;
	created_at: GeneratedTimestamp;
	last_seen_at: GeneratedTimestamp;
}

export interface SignInThrottleTable {
	key: string;
	attempts: number;
	window_started_at: Timestamp;
	last_attempt_at: Timestamp;
}

export type { Cadence, Driver, QuestionKind };
/** Question wording by locale, e.g. `{ en: '…', es: '…' }`. */
export type QuestionTexts = Record<string, string>;
import type { ProgrammeStatus } from '../../domain/programme-status';
export type { ProgrammeStatus };
export type RoundStatus = 'open' | 'closed';

export interface QuestionsTable {
	id: Generated<string>;
	key: string;
	version: Generated<number>;
	driver: Driver;
	kind: QuestionKind;
	texts: ColumnType<QuestionTexts, string, string>;
	retired_at: Timestamp | null;
	created_at: GeneratedTimestamp;
}

export interface PulseProgrammesTable {
	id: Generated<string>;
	name: string;
	status: Generated<ProgrammeStatus>;
	cadence: Cadence;
	/** A date column, read as 'YYYY-MM-DD' (see the type parser in connection.ts). */
	starts_on: string;
	round_length_days: number;
	questions_per_round: number;
	core_question_keys: string[];
	reminder_days: ColumnType<number[], number[] | undefined, number[]>;
	k_scores: number;
	k_comments: number;
	created_by: string | null;
	created_at: GeneratedTimestamp;
	updated_at: GeneratedTimestamp;
}

export interface PulseProgrammeDepartmentsTable {
	programme_id: string;
	department_id: string;
}

export interface PulseRoundsTable {
	id: Generated<string>;
	programme_id: string;
	period_index: number;
	rotation_index: number;
	status: Generated<RoundStatus>;
	opens_at: Timestamp;
	closes_at: Timestamp;
	opened_by: Generated<'scheduler' | 'hr'>;
	closed_at: Timestamp | null;
	invited_count: Generated<number>;
}

export interface RoundQuestionsTable {
	round_id: string;
	position: number;
	question_id: string;
}

export interface InvitationsTable {
	id: Generated<string>;
	round_id: string;
	person_id: string;
	department_id: string;
	expires_at: Timestamp;
	ballot_issued: Generated<boolean>;
	created_at: GeneratedTimestamp;
	/** The person's department_since when the round opened; null on older invitations. */
	department_since: Timestamp | null;
	link_shown_to_hr_at: Timestamp | null;
	link_shown_to_hr_by: string | null;
}

export interface InvitationLinksTable {
	token_hash: string;
	invitation_id: string;
	created_at: GeneratedTimestamp;
}

export interface RoundRemindersTable {
	round_id: string;
	day: number;
	recipients: number;
	sent_at: GeneratedTimestamp;
}

export interface MailOutboxTable {
	id: Generated<string>;
	kind: string;
	to_address: string;
	locale: string;
	subject: string;
	body_text: string | null;
	body_html: string | null;
	round_id: string | null;
	created_at: GeneratedTimestamp;
	sent_at: Timestamp | null;
	attempts: Generated<number>;
	next_attempt_at: GeneratedTimestamp;
	last_error: string | null;
}

export interface SpentBallotsTable {
	round_id: string;
	nonce_hash: string;
}

export interface ResponsesTable {
	id: Generated<string>;
	round_id: string;
	department_id: string;
}

export interface AnswersTable {
	round_id: string;
	response_id: string;
	question_id: string;
	value: number;
}

export interface ServiceRatingsTable {
	round_id: string;
	response_id: string;
	provider_department_id: string;
	score: number;
	reasons: ColumnType<string[], string[] | undefined, string[]>;
}

export interface CommentsTable {
	id: Generated<string>;
	round_id: string;
	department_id: string;
	question_id: string;
	provider_department_id: string | null;
	body: string;
	/** SHA-256 (hex) of the writer's private link and the comment's place (migration 0013). */
	conversation_key: string | null;
}

/**
 * An accepted submission waiting for its batch (migration 0007): round, department and the
 * answers as `ValidAnswers` JSON. Answer tables, spent ballots and these are partitioned by round.
 */
export interface PendingSubmissionsTable {
	id: Generated<string>;
	round_id: string;
	department_id: string;
	answers: ColumnType<
		{ answers: unknown[]; ratings: unknown[]; comments: unknown[] },
		string,
		string
	>;
}

export interface Database {
	org_settings: OrgSettingsTable;
	departments: DepartmentsTable;
	department_closure: DepartmentClosureTable;
	people: PeopleTable;
	department_heads: DepartmentHeadsTable;
	sessions: SessionsTable;
	sign_in_throttle: SignInThrottleTable;
	questions: QuestionsTable;
	pulse_programmes: PulseProgrammesTable;
	pulse_programme_departments: PulseProgrammeDepartmentsTable;
	pulse_rounds: PulseRoundsTable;
	round_questions: RoundQuestionsTable;
	invitations: InvitationsTable;
	invitation_links: InvitationLinksTable;
	round_reminders: RoundRemindersTable;
	mail_outbox: MailOutboxTable;
	spent_ballots: SpentBallotsTable;
	responses: ResponsesTable;
	answers: AnswersTable;
	service_ratings: ServiceRatingsTable;
	comments: CommentsTable;
	pending_submissions: PendingSubmissionsTable;
	audit_log: AuditLogTable;
	password_reset_tokens: PasswordResetTokensTable;
	org_imports: OrgImportsTable;
	org_import_mappings: OrgImportMappingsTable;
	comment_conversations: CommentConversationsTable;
	conversation_messages: ConversationMessagesTable;
	service_stories: ServiceStoriesTable;
	report_schedules: ReportSchedulesTable;
	report_sends: ReportSendsTable;
	mail_attachments: MailAttachmentsTable;
}

// Scheduled reports and mail attachments (migration 0019).
export interface ReportSchedulesTable {
	id: Generated<string>;
	cadence: 'monthly' | 'quarterly';
	language: Generated<'en' | 'es'>;
	paper: Generated<'a4' | 'letter'>;
	created_by: string | null;
	created_at: GeneratedTimestamp;
	last_period: string | null;
}

export interface ReportSendsTable {
	schedule_id: string;
	period: string;
	person_id: string;
	mail_id: string | null;
	sent_at: GeneratedTimestamp;
}

export interface MailAttachmentsTable {
	mail_id: string;
	position: number;
	filename: string;
	content_type: string;
	content: Uint8Array;
}

// Conversations on comments and service stories (migration 0013).
export interface CommentConversationsTable {
	conversation_key: string;
	round_id: string;
	/** The department whose page showed the comment to the first replier. */
	shown_in_department_id: string;
	about_provider: boolean;
}

export interface ConversationMessagesTable {
	id: Generated<string>;
	conversation_key: string;
	seq: number;
	from_writer: boolean;
	/** Who answered, as a role ("HR", "Head of Sales"); empty for the writer. */
	label: string;
	body: string;
	hidden: Generated<boolean>;
}

export interface ServiceStoriesTable {
	id: Generated<string>;
	department_id: string;
	colleague_id: string | null;
	/** The teller, only when the story is signed. */
	author_id: string | null;
	who_helped: string;
	what_happened: string;
	customer_impact: string;
	/** A date, never a time: 'YYYY-MM-DD'. */
	told_on: ColumnType<string, string | undefined, never>;
	hidden: Generated<boolean>;
}

export type DepartmentRow = Selectable<DepartmentsTable>;
export type NewDepartment = Insertable<DepartmentsTable>;
export type DepartmentUpdate = Updateable<DepartmentsTable>;
export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
export type SessionRow = Selectable<SessionsTable>;

/** A JSON value as stored in a jsonb column; written as its JSON text. */
export type JsonValue =
	string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type JsonColumn<T> = ColumnType<T, string, string>;

export interface AuditLogTable {
	/** bigint identity: select it as text, since pg and PGlite read bigint differently. */
	id: Generated<string>;
	at: GeneratedTimestamp;
	actor_id: string | null;
	action: string;
	entity_type: string;
	entity_id: string | null;
	entity_label: Generated<string>;
	before: JsonColumn<JsonValue> | null;
	after: JsonColumn<JsonValue> | null;
	import_id: string | null;
}

export interface PasswordResetTokensTable {
	/** SHA-256 (hex) of the token in the link. */
	id: string;
	person_id: string;
	created_by: string | null;
	created_at: GeneratedTimestamp;
	expires_at: Timestamp;
	used_at: Timestamp | null;
}

export type OrgImportStatus = 'previewed' | 'applied' | 'discarded';

export interface OrgImportsTable {
	id: Generated<string>;
	created_by: string;
	created_at: GeneratedTimestamp;
	file_name: string;
	file_size: number;
	content: Uint8Array | null;
	content_sha256: string;
	plan_digest: string | null;
	preview: JsonColumn<JsonValue>;
	status: Generated<OrgImportStatus>;
	applied_at: Timestamp | null;
	result: JsonColumn<JsonValue> | null;
	/** A vendor file's column mapping and HR's choice of heads; null for Rapport's own format. */
	mapping: JsonColumn<JsonValue> | null;
	/** False while HR has not confirmed the guessed mapping: nothing can be applied until then. */
	mapping_confirmed: Generated<boolean>;
}

/** The last mapping HR confirmed for files with a given set of headers. */
export interface OrgImportMappingsTable {
	signature: string;
	preset: string;
	fields: JsonColumn<JsonValue>;
	saved_by: string | null;
	saved_at: GeneratedTimestamp;
}

// Rollups (migration 0005): group statistics of closed rounds, immutable, read through the gate.
export type RollupScope = 'direct' | 'subtree' | 'company';

export interface RollupRoundsTable {
	round_id: string;
	programme_id: string;
	k_scores: number;
	k_comments: number;
}

export interface RollupDepartmentsTable {
	round_id: string;
	department_id: string;
	parent_id: string | null;
}

interface RollupGroupColumns {
	round_id: string;
	scope: RollupScope;
	/** Null for the company scope. */
	department_id: string | null;
}

export interface RollupParticipationTable extends RollupGroupColumns {
	invited: number;
	responded: number;
	comments: number;
}

export interface RollupDriversTable extends RollupGroupColumns {
	driver: string;
	respondents: number;
	answers: number;
	/** Answers per value: five bins (1–5) for Likert drivers, eleven (0–10) for eNPS. */
	histogram: number[];
}

export interface RollupItemsTable extends RollupGroupColumns {
	question_id: string;
	driver: string;
	respondents: number;
	histogram: number[];
}

export interface RollupServiceTable extends RollupGroupColumns {
	/** Null: the group's ratings of all providers together. */
	provider_department_id: string | null;
	respondents: number;
	ratings: number;
	histogram: number[];
	reasons: ColumnType<Record<string, number>, string, string>;
	comments: number;
}

export interface RollupDriverImpactTable extends RollupGroupColumns {
	driver: string;
	respondents: number;
	r: number | null;
}

export interface Database {
	rollup_rounds: RollupRoundsTable;
	rollup_departments: RollupDepartmentsTable;
	rollup_participation: RollupParticipationTable;
	rollup_drivers: RollupDriversTable;
	rollup_items: RollupItemsTable;
	rollup_service: RollupServiceTable;
	rollup_driver_impact: RollupDriverImpactTable;
}

// Published cells (migration 0018): each closed round's gated cells, stored once at close.
export interface PublishedRoundsTable {
	round_id: string;
	gate_version: number;
	pooled: string[];
	/** Per part, its measures in the order readers list them. */
	measures: JsonColumn<Record<string, string[]>>;
	published_at: GeneratedTimestamp;
}

export interface PublishedCellsTable {
	round_id: string;
	/** Which gated table: participation, comments, scores, items, service, service_comments, impact. */
	part: string;
	/** The driver, eNPS or item of the part; '' for parts without measures. */
	measure: string;
	/** The group's key in the gated table (`serviceKey(group, provider)` for service cells). */
	cell_key: string;
	/** Shown cells only. */
	n: number | null;
	stat: JsonColumn<JsonValue> | null;
	/** Hidden cells only; a cell without a row is hidden for fewer than k. */
	reason: string | null;
}

/** A round's CSV export lines for one variant, made from its published cells (migration 0020). */
export interface PublishedExportLinesTable {
	round_id: string;
	/** Which export: dialect, contents and subtree. */
	variant: string;
	/** The departments and round dates the lines were written with. */
	stamp: string;
	lines: string;
}

export interface Database {
	published_rounds: PublishedRoundsTable;
	published_cells: PublishedCellsTable;
	published_export_lines: PublishedExportLinesTable;
}

// External satisfaction and API keys (migration 0006).
export type ExternalMetric = 'csat' | 'nps' | 'ces';
export type { ApiScope };

export interface ApiKeysTable {
	id: Generated<string>;
	name: string;
	/** SHA-256 (hex) of the key; the key itself is shown once and never stored. */
	key_hash: string;
	/** The key's first characters, to tell keys apart on the list. */
	prefix: string;
	scopes: ApiScope[];
	created_by: string | null;
	created_at: GeneratedTimestamp;
	last_used_at: Timestamp | null;
	revoked_at: Timestamp | null;
}

export interface ExternalMetricsTable {
	id: Generated<string>;
	department_id: string;
	metric: ExternalMetric;
	/** Date columns, read as 'YYYY-MM-DD'. */
	period_start: string;
	period_end: string;
	value: number;
	/** CSAT: 'percent' or a mean's scale such as '1-5'; CES: its scale; NPS: null. */
	scale: string | null;
	sample_size: number | null;
	source: string;
	created_at: GeneratedTimestamp;
	updated_at: GeneratedTimestamp;
	updated_by: string | null;
	api_key_id: string | null;
}

export type ExternalUploadStatus = 'previewed' | 'applied' | 'discarded';

export interface ExternalMetricUploadsTable {
	id: Generated<string>;
	created_by: string;
	created_at: GeneratedTimestamp;
	file_name: string;
	content: Uint8Array | null;
	content_sha256: string;
	status: Generated<ExternalUploadStatus>;
	applied_at: Timestamp | null;
	result: JsonColumn<JsonValue> | null;
}

export interface Database {
	api_keys: ApiKeysTable;
	external_metrics: ExternalMetricsTable;
	external_metric_uploads: ExternalMetricUploadsTable;
}

// HR as an insider (migration 0008): the newcomers of each group of a closed round.
export interface RollupGroupChangesTable extends RollupGroupColumns {
	invited: number;
	newcomers: number;
	responded: number;
}

export interface Database {
	rollup_group_changes: RollupGroupChangesTable;
}

// The service map (migration 0017): who is asked to rate whom, and each round's copy of it.
export interface ServiceRelationshipsTable {
	consumer_department_id: string;
	provider_department_id: string;
}

export interface RoundServiceRelationshipsTable {
	round_id: string;
	consumer_department_id: string;
	provider_department_id: string;
}

export interface Database {
	service_relationships: ServiceRelationshipsTable;
	round_service_relationships: RoundServiceRelationshipsTable;
}

// Enterprise identity (migration 0015): OpenID Connect settings and SCIM's view of people.
export interface IdentitySettingsTable {
	id: number;
	oidc_issuer: string | null;
	oidc_client_id: string | null;
	/** Encrypted (see auth/secret-box.ts); never shown back. */
	oidc_client_secret: string | null;
	oidc_display_name: string | null;
	sso_only: Generated<boolean>;
	allow_unknown_people: Generated<boolean>;
	break_glass_person_id: string | null;
	updated_at: GeneratedTimestamp;
}

export interface SsoSessionsTable {
	session_id: string;
	id_token: string;
}

export interface ScimUsersTable {
	person_id: string;
	user_name: string;
	external_id: string | null;
	given_name: string | null;
	family_name: string | null;
	manager_id: string | null;
	deleted_at: Timestamp | null;
	updated_at: GeneratedTimestamp;
}

export interface ScimGroupsTable {
	department_id: string;
	external_id: string | null;
}

export interface Database {
	identity_settings: IdentitySettingsTable;
	sso_sessions: SsoSessionsTable;
	scim_users: ScimUsersTable;
	scim_groups: ScimGroupsTable;
}

// Focus areas and their actions (migration 0012): what a department works on after a round.
export type { ActionStatus };

export interface FocusAreasTable {
	id: Generated<string>;
	department_id: string;
	round_id: string;
	driver: string;
	/** Null: the whole driver; else one of its items. */
	question_id: string | null;
	created_by: string | null;
	created_at: GeneratedTimestamp;
}

export interface FocusActionsTable {
	id: Generated<string>;
	focus_area_id: string;
	title: string;
	/** A person of the department, or else a name written in (`owner_name`), or nobody. */
	owner_person_id: string | null;
	owner_name: string | null;
	/** A date column, read as 'YYYY-MM-DD'. */
	due_on: string;
	status: Generated<ActionStatus>;
	notes: Generated<string>;
	created_by: string | null;
	created_at: GeneratedTimestamp;
	updated_at: GeneratedTimestamp;
}

export interface Database {
	focus_areas: FocusAreasTable;
	focus_actions: FocusActionsTable;
}
