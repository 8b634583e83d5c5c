import { z } from 'zod';

/** The version of the model's shape; bumped on any breaking change to the fields below. */
export const SCHEMA_VERSION = 1;

/** The treaty types the parser can recognise, in a stable order. */
export const TREATY_TYPES = [
  'peace',
  'armistice',
  'alliance',
  'mutual-defense',
  'neutrality',
  'non-aggression',
  'friendship',
  'trade',
  'border',
  'territorial-cession',
  'arms-limitation',
  'partition',
  'independence',
] as const;

/** A point in the source text (after a UTF-8 BOM is removed). */
export const PositionSchema = z
  .object({
    line: z.number().int().min(1).describe('1-based line number.'),
    column: z.number().int().min(1).describe('1-based column, in UTF-16 code units.'),
    offset: z.number().int().min(0).describe('0-based offset from the start of the text, in UTF-16 code units.'),
  })
  .describe('A point in the source text.');

/** A range of the source text. */
export const SpanSchema = z
  .object({
    start: PositionSchema.describe('First character of the range.'),
    end: PositionSchema.describe('Just after the last character of the range.'),
  })
  .describe('A range of the source text.');

/** Wikidata item id such as `Q15180`. */
export const WikidataIdSchema = z
  .string()
  .regex(/^Q[1-9]\d*$/)
  .describe('Wikidata item id, e.g. "Q15180".');

const ISO_PARTIAL_DATE = /^-?\d{4,}(-\d{2}(-\d{2})?)?$/;

/** A date known to the day, the month or only the year. */
export const PartialDateSchema = z
  .object({
    iso: z
      .string()
      .regex(ISO_PARTIAL_DATE)
      .describe('ISO 8601 date as precise as the text: "YYYY-MM-DD", "YYYY-MM" or "YYYY"; years BC in astronomical numbering with a sign ("-1258" is 1259 BC).'),
    precision: z.enum(['day', 'month', 'year']).describe('How much of the date the text states.'),
    text: z.string().min(1).describe('The date as written in the article.'),
  })
  .describe('A date known to the day, the month or only the year.');

/** The expiry date, computed from the signing date and the stated duration. */
export const DerivedDateSchema = PartialDateSchema.extend({
  text: z.string().min(1).describe('How the date was derived, e.g. "5 years after April 13, 1941".'),
  derived: z.literal(true).describe('Always true: the date is computed, not stated in the text.'),
}).describe('A date computed from other facts rather than stated in the text.');

/** The place where the treaty was signed. */
export const PlaceSchema = z
  .object({
    name: z.string().min(1).describe('City or town as named in the text.'),
    wikidata: WikidataIdSchema.nullable().describe('Wikidata id of the place when the gazetteer knows it, else null.'),
  })
  .describe('The city or town where the treaty was signed.');

/** A state bound by the treaty. */
export const PartySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).describe('Stable kebab-case id of the state, e.g. "soviet-union".'),
    name: z.string().min(1).describe('Canonical English name of the state.'),
    mentions: z.array(z.string().min(1)).min(1).describe('Every form the text uses for the state: names, short forms, demonyms and metonyms.'),
    wikidata: WikidataIdSchema.nullable().describe('Wikidata id of the state, or null when unknown.'),
  })
  .describe('A state bound by the treaty. States mentioned only as context are not parties.');

/** A person the text says signed the treaty. */
export const SignatorySchema = z
  .object({
    name: z.string().min(1).describe('Full name as written (honorifics such as "Sir" removed).'),
    role: z.string().min(1).nullable().describe('Office or role as written in the text, or null.'),
    party: z.string().nullable().describe('Id of the party the person signed for, or null when the text does not say.'),
  })
  .describe('A person the text says signed the treaty.');

/** The stated term of the treaty. */
export const DurationSchema = z
  .object({
    years: z.number().positive().describe('Length of the term in years.'),
    iso: z.string().regex(/^P\d+(\.\d+)?Y$/).describe('ISO 8601 duration, e.g. "P5Y".'),
    text: z.string().min(1).describe('The phrase stating the term, as written.'),
  })
  .describe('The term of the treaty as stated in the text.');

/** A headed section of the article body. */
export const SectionSchema = z
  .object({
    heading: z.string().min(1).describe('Section heading as written, e.g. "What Happened?".'),
    paragraphs: z.array(z.string().min(1)).describe('Paragraphs of the section, in order, as plain text.'),
  })
  .describe('A headed section of the article body.');

/** Where the model came from. */
export const SourceSchema = z
  .object({
    path: z.string().nullable().describe('Path of the source file as given to the parser, or null for text without a file.'),
    format: z.enum(['text', 'markdown']).describe('Whether the source was read as plain text or as Markdown.'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the source text (UTF-8, as given, BOM included), in hex.'),
  })
  .describe('The source the model was parsed from.');

/** Source spans for each extracted value, keyed by JSON Pointer into the model. */
export const ProvenanceSchema = z
  .record(z.string().regex(/^(\/[^/]*)*$/), z.array(SpanSchema).min(1))
  .describe('For each extracted value, keyed by its JSON Pointer in the model (e.g. "/signed/date", "/parties/0"), the source spans it came from.');

/** The treaty model: everything treatykit knows about one article. */
export const TreatyModelSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of the model shape.'),
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80).describe('Stable kebab-case slug of the headline; for a headline without letters or digits, "treaty-" and 12 hex digits of the SHA-256 of the headline (NFC), the ISO signing date and the party ids.'),
    title: z.string().min(1).describe('The headline as written.'),
    name: z.string().min(1).nullable().describe("The treaty's proper name if the text states one (e.g. \"Treaty of Versailles\"), else null."),
    summary: z.string().describe('The lead paragraph.'),
    types: z.array(z.enum(TREATY_TYPES)).describe('Kinds of treaty the text supports, in the order of TREATY_TYPES.'),
    signed: z
      .object({
        date: PartialDateSchema.describe('When the treaty was signed.'),
        place: PlaceSchema.nullable().describe('Where it was signed, or null when the text does not say.'),
      })
      .describe('The signing.'),
    parties: z.array(PartySchema).min(1).describe('States bound by the treaty.'),
    signatories: z.array(SignatorySchema).describe('People the text says signed it.'),
    duration: DurationSchema.nullable().describe('The stated term, or null when none is stated.'),
    expires: DerivedDateSchema.nullable().describe('Signing date plus duration, or null without a duration.'),
    keyFacts: z.array(z.string().min(1)).describe('The key-fact lines, as written.'),
    sections: z.array(SectionSchema).describe('The headed sections of the body, in order.'),
    source: SourceSchema,
    provenance: ProvenanceSchema,
  })
  .describe('A treaty as described by one article.');

/** A point in the source text. */
export type Position = z.infer<typeof PositionSchema>;
/** A range of the source text. */
export type Span = z.infer<typeof SpanSchema>;
/** A date known to the day, the month or only the year. */
export type PartialDate = z.infer<typeof PartialDateSchema>;
/** A date computed from other facts. */
export type DerivedDate = z.infer<typeof DerivedDateSchema>;
/** The place of signing. */
export type Place = z.infer<typeof PlaceSchema>;
/** A state bound by the treaty. */
export type Party = z.infer<typeof PartySchema>;
/** A person who signed. */
export type Signatory = z.infer<typeof SignatorySchema>;
/** The stated term of a treaty. */
export type Duration = z.infer<typeof DurationSchema>;
/** A headed section of the article body. */
export type Section = z.infer<typeof SectionSchema>;
/** The source of a model. */
export type Source = z.infer<typeof SourceSchema>;
/** One of the recognised treaty types. */
export type TreatyType = (typeof TREATY_TYPES)[number];
/** The treaty model. */
export type TreatyModel = z.infer<typeof TreatyModelSchema>;
