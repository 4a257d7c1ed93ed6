// Every diagnostic code and the parameters its message takes: a misspelt code or a missing or
// misspelt parameter is a compile error where the diagnostic is made (model/diagnostic.ts diag()).
// The messages themselves are in i18n/messages.ts; this file is what both sides share.

/** A code whose message takes no parameters. */
type NoParams = Record<never, never>;

export interface CodeParams {
  'read-error': { detail: string | number };
  'not-utf8': { encoding?: string | number };
  'not-nfc': NoParams;
  'empty-file': NoParams;
  'file-too-large': { size: string | number; limit: string | number };
  'yaml-syntax': { reason?: string | number; detail?: string | number };
  'duplicate-key': { key: string | number };
  'yaml-tab': NoParams;
  'multiple-documents': NoParams;
  'alias-bomb': NoParams;
  'unquoted-at': { value: string | number };
  'schema-required': { property: string | number; title?: string | number };
  'schema-unknown-property': {
    property: string | number;
    allowed: string | number;
    suggestion?: string | number;
  };
  'schema-type': { expected: string | number; actual?: string | number; quote?: string | number };
  'schema-enum': { value: string | number; allowed: string | number; suggestion?: string | number };
  'schema-pattern': { value: string | number; what: string | number };
  'schema-empty': NoParams;
  'schema-range': { value: string | number; limit: string | number };
  'schema-invalid': { detail: string | number };
  'impossible-date': { value: string | number };
  'duplicate-id': { kind: string | number; id: string | number; first: string | number };
  'unknown-unit': { ref: string | number; suggestion?: string | number };
  'unknown-group': { ref: string | number; suggestion?: string | number };
  'group-not-allowed': { ref: string | number };
  'lead-is-support': { ref: string | number; task: string | number };
  'units-missing': NoParams;
  'appendix-missing': { id: string | number; file: string | number };
  'appendix-unlisted': { file: string | number };
  'appendix-id-mismatch': { id: string | number; expected: string | number };
  'appendix-empty': { id: string | number };
  'group-empty': { group: string | number };
  'placeholder-text': { text: string | number };
  'reporting-empty': NoParams;
  'draft-with-number': { field: string | number };
  'issued-without-number': { field: string | number };
  'bad-time-phrase': { phrase: string | number; part?: string | number; suggestion: string | number };
  'bad-period-deadline': { phrase: string | number };
  'report-name-unknown-unit': { name: string | number; suggestion?: string | number };
  'report-unit-mismatch': { unit: string | number; expected: string | number };
  'report-period-mismatch': { period: string | number; expected: string | number; there?: string | number };
  'report-unknown-period': { folder: string | number; periods: string | number };
  'report-unknown-task': { task: string | number; suggestion?: string | number };
  'report-task-not-assigned': { task: string | number; unit: string | number };
  'report-duplicate-task': { task: string | number; first: string | number };
  'report-unknown-indicator': { indicator: string | number; suggestion?: string | number };
  'report-indicator-not-owed': { unit: string | number; indicator: string | number };
  'report-indicator-shape': { aggregate: string | number; indicator: string | number };
  'report-indicator-ratio': { value: string | number; of: string | number };
  'submitted-in-future': { date: string | number; today: string | number };
  'submitted-too-early': { date: string | number; period: string | number; previous: string | number };
  'duplicate-report': { unit: string | number; period: string | number; first: string | number };
  'report-stray-file': { name: string | number };
  'attachment-no-unit': { name: string | number };
  'deadline-before-start': { date: string | number; start: string | number };
  'deadline-on-weekend': { date: string | number; weekday: string | number };
  'form-corrupt': { detail?: string | number };
  'form-encrypted': NoParams;
  'form-not-a-form': NoParams;
  'form-other-plan': { plan: string | number; expected: string | number };
  'form-other-period': { period: string | number; expected: string | number; there?: string | number };
  'form-bad-status': { value: string | number };
  'form-bad-date': { value: string | number };
  'form-missing-date': NoParams;
  'form-bad-number': { value: string | number };
  'unknown-timezone': { zone: string | number };
  'not-regular-file': NoParams;
  'folder-unreadable': { detail: string | number };
  'not-a-folder': NoParams;
  'file-name-not-utf8': { name: string | number };
  'period-subfolder': { name: string | number };
  'report-outside-period': { name: string | number };
  'form-old-format': { name: string | number };
  'form-too-large-unzipped': { limit: string | number };
  'form-rows-missing': { count: string | number; rows: string | number };
  'date-two-digit-year': { value: string | number; date: string | number };
  'report-task-blank': { task: string | number };
  'report-number-out-of-range': { indicator: string | number; limit: string | number };
  'form-version': { version: string | number; supported: string | number };
  'report-no-unit': NoParams;
  'report-no-date': NoParams;
  'report-empty': { unit: string | number };
  'form-name-other-unit': { name: string | number; named: string | number; unit: string | number };
  'yaml-too-deep': NoParams;
}

export type MessageCode = keyof CodeParams;
