import type { Span } from './schema.js';

/** Stable codes for every problem the parser reports. */
export type DiagnosticCode =
  | 'empty_input'
  | 'missing_headline'
  | 'missing_lead'
  | 'missing_signing_date'
  | 'missing_parties'
  | 'no_treaty_signing'
  | 'missing_key_facts'
  | 'missing_sections'
  | 'missing_place'
  | 'ambiguous_signing_date'
  | 'signatory_without_party'
  | 'unknown_party'
  | 'invalid_model';

/** How bad a problem is: errors stop a model from being produced, warnings do not. */
export type Severity = 'error' | 'warning';

/** A problem found in an article, as data. */
export interface Diagnostic {
  /** Stable snake_case code, safe to match on. */
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** One sentence naming what was expected and what was found. */
  readonly message: string;
  /** Where in the source the problem is, or null when it concerns the whole text. */
  readonly span: Span | null;
}
