/** The engagement table's columns, exactly as engagement-spec.md section 3 names them. */

export type AggregationLevel = 'Year' | 'Month' | 'Week';
export const AGGREGATION_LEVELS: readonly AggregationLevel[] = ['Year', 'Month', 'Week'];

export interface EngagementColumns {
  EngagementScore: number;
  NoOfEmails_ToAccount: number;
  NoOfEmails_FromAccount: number;
  NoOfMeetings_FromAccount: number;
  NoOfMeetings_ToAccount: number;
  NoOfContactsInvolved_Meetings: number;
  NoOfContactsInvolved_Emails: number;
  NoOfAccountContactsInvolved_Meetings: number;
  NoOfAccountContactsInvolved_Emails: number;
  /** UTC date `YYYY-MM-DD`. */
  EngagementStartDate: string | null;
  DaysSinceLastEmail: number | null;
  DaysSinceLastMeeting: number | null;
  /** Minutes, 1 decimal. */
  AverageDuration_Of_Meetings: number | null;
  /** Hours, 1 decimal. */
  AverageDuration_Of_AccountEmailReplies: number | null;
  /** UTC date `YYYY-MM-DD`. */
  AggregationStartDate: string;
  AggregationLevel: AggregationLevel;
}

/** One output row: the account's key and name, then the 16 spec columns. */
export interface EngagementRow extends EngagementColumns {
  AccountId: string;
  AccountName: string;
}

export type ColumnName = keyof EngagementColumns;
export type ColumnType = 'integer' | 'decimal' | 'date' | 'text';

/** Every spec column in the spec's order, with its type and whether it can be null. */
export const ENGAGEMENT_COLUMNS: readonly { name: ColumnName; type: ColumnType; nullable: boolean }[] = [
  { name: 'EngagementScore', type: 'integer', nullable: false },
  { name: 'NoOfEmails_ToAccount', type: 'integer', nullable: false },
  { name: 'NoOfEmails_FromAccount', type: 'integer', nullable: false },
  { name: 'NoOfMeetings_FromAccount', type: 'integer', nullable: false },
  { name: 'NoOfMeetings_ToAccount', type: 'integer', nullable: false },
  { name: 'NoOfContactsInvolved_Meetings', type: 'integer', nullable: false },
  { name: 'NoOfContactsInvolved_Emails', type: 'integer', nullable: false },
  { name: 'NoOfAccountContactsInvolved_Meetings', type: 'integer', nullable: false },
  { name: 'NoOfAccountContactsInvolved_Emails', type: 'integer', nullable: false },
  { name: 'EngagementStartDate', type: 'date', nullable: true },
  { name: 'DaysSinceLastEmail', type: 'integer', nullable: true },
  { name: 'DaysSinceLastMeeting', type: 'integer', nullable: true },
  { name: 'AverageDuration_Of_Meetings', type: 'decimal', nullable: true },
  { name: 'AverageDuration_Of_AccountEmailReplies', type: 'decimal', nullable: true },
  { name: 'AggregationStartDate', type: 'date', nullable: false },
  { name: 'AggregationLevel', type: 'text', nullable: false },
];

/** Output column order: `AccountId`, `AccountName`, then the spec's 16. */
export const ROW_COLUMNS: readonly (keyof EngagementRow)[] = ['AccountId', 'AccountName', ...ENGAGEMENT_COLUMNS.map((c) => c.name)];
