/** A character that none of the shipped fonts can draw; it is shown as U+FFFD (�) instead. */
export interface MissingGlyphWarning {
  code: 'missing_glyph';
  message: string;
  /** The character (one grapheme, possibly several code points). */
  char: string;
  /** JSON Pointer of the model value that contains it (e.g. "/signatories/0/name"), or null for generated text. */
  field: string | null;
}

/** `SOURCE_DATE_EPOCH` was set but is not a whole number of seconds; the fixed epoch was used instead. */
export interface InvalidSourceDateEpochWarning {
  code: 'invalid_source_date_epoch';
  message: string;
  /** The value found in the environment. */
  value: string;
}

/** Something worth telling the user about a PDF that was nevertheless produced. */
export type PdfWarning = MissingGlyphWarning | InvalidSourceDateEpochWarning;
