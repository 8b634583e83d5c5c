import type { Party, Signatory, TreatyModel } from '@treatykit/core';
import { formatDate, formatDuration, formatTypes } from '../format.js';
import { artifact, child, lineStrips, textStrips, type Node, type Sheet } from '../layout/draw.js';
import type { Block, Strip } from '../layout/flow.js';
import type { Theme } from '../layout/theme.js';
import type { Line, Span } from '../typeset.js';

interface Row {
  label: string;
  /** Each entry starts on a new line of the cell. */
  values: Span[][];
}

const NOT_STATED = 'Not stated';

function signatorySpans(signatory: Signatory, index: number, parties: readonly Party[], face: Faces): Span[] {
  const field = `/signatories/${index}`;
  const spans: Span[] = [{ text: signatory.name, face: face.strong, field: `${field}/name` }];
  if (signatory.role) spans.push({ text: ', ', face: face.text }, { text: signatory.role, face: face.text, field: `${field}/role` });
  const party = parties.find((p) => p.id === signatory.party);
  // Name the state only when the role does not already say it ("Soviet Foreign Minister").
  if (party && !mentions(signatory.role ?? '', party)) spans.push({ text: ` (${party.name})`, face: face.text });
  return spans;
}

function mentions(role: string, party: Party): boolean {
  const lower = role.toLowerCase();
  return [party.name, ...party.mentions].some((m) => new RegExp(`(^|\\W)${escape(m.toLowerCase())}($|\\W)`, 'u').test(lower));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type Faces = Theme['face'];

function rows(model: TreatyModel, muted: string, face: Faces): Row[] {
  const plain = (text: string, field?: string): Span[] => [{ text, face: face.text, ...(field ? { field } : {}) }];
  const none = (): Span[] => [{ text: NOT_STATED, face: face.text, color: muted }];
  const parties: Span[] = model.parties.flatMap((party, i): Span[] => [
    ...(i > 0 ? [{ text: ', ', face: face.text }] : []),
    { text: party.name, face: face.text, field: `/parties/${i}/name` },
  ]);
  return [
    { label: 'Parties', values: [parties] },
    {
      label: 'Signatories',
      values: model.signatories.length > 0 ? model.signatories.map((s, i) => signatorySpans(s, i, model.parties, face)) : [none()],
    },
    { label: 'Type', values: [model.types.length > 0 ? plain(formatTypes(model.types), '/types') : none()] },
    { label: 'Duration', values: [model.duration ? plain(formatDuration(model.duration), '/duration') : none()] },
    {
      label: 'Expires',
      values: [
        model.expires
          ? [
              { text: formatDate(model.expires), face: face.text, field: '/expires' },
              { text: ' (signing date + term)', face: face.text, color: muted },
            ]
          : none(),
      ],
    },
  ];
}

/** The "At a glance" table: parties, signatories with their roles, type, duration and expiry. */
export function atAGlance(sheet: Sheet, root: Node, model: TreatyModel): (width: number) => Block[] {
  const { theme, doc } = sheet;
  const section = child(sheet, root, 'Sect');
  const heading = child(sheet, section, 'H2');
  const table = child(sheet, section, 'Table');
  const cells = rows(model, theme.color.muted, theme.face).map((row) => {
    const tr = child(sheet, table, 'TR');
    return { row, th: child(sheet, tr, 'TH', { scope: 'Row' }), td: child(sheet, tr, 'TD') };
  });

  return (width) => {
    const labelWidth = Math.min(78, width * 0.3);
    const pad = theme.space.cell;
    const rule = (x: number, y: number, w: number): void => {
      artifact(sheet, 'Layout', () => {
        doc.moveTo(x, y).lineTo(x + w, y).lineWidth(0.6).strokeColor(theme.color.rule).stroke();
      });
    };
    const blocks: Block[] = [sectionHeading(sheet, heading, 'At a glance', width, rule)];
    for (const { row, th, td } of cells) {
      const lines: Line[] = row.values.flatMap((spans) => sheet.typesetter.lines(spans, theme.table.size, width - labelWidth));
      const label = sheet.typesetter.lines(
        [{ text: row.label, face: theme.face.strong, color: theme.color.muted }],
        theme.table.size,
        labelWidth - 6,
      );
      const labelStrips = lineStrips(sheet, th, label, theme.table);
      const strips = lineStrips(sheet, td, lines, theme.table, { indent: labelWidth, padTop: pad, padBottom: pad }).map(
        (strip, index, all): Strip => ({
          height: strip.height,
          draw(x, y, w) {
            if (index === 0) {
              let top = y + pad;
              for (const labelStrip of labelStrips) {
                labelStrip.draw(x, top, labelWidth);
                top += labelStrip.height;
              }
            }
            strip.draw(x, y, w);
            if (index === all.length - 1) rule(x, y + strip.height, w);
          },
        }),
      );
      blocks.push({ strips, spaceBefore: 0, keepTogether: true });
    }
    return blocks;
  };
}

/** A small section heading with a rule under it. */
export function sectionHeading(
  sheet: Sheet,
  node: Node,
  text: string,
  width: number,
  rule: (x: number, y: number, w: number) => void,
): Block {
  const { theme } = sheet;
  const style = { size: theme.heading.size * 0.9, leading: theme.heading.leading };
  const strips = textStrips(sheet, node, [{ text, face: 'sans-bold', color: theme.color.accent }], style, width, {
    padBottom: 3,
  });
  const last = strips.length - 1;
  return {
    strips: strips.map((strip, index) =>
      index === last
        ? {
            height: strip.height,
            draw(x, y, w) {
              strip.draw(x, y, w);
              rule(x, y + strip.height, w);
            },
          }
        : strip,
    ),
    spaceBefore: 0,
    keepWithNext: true,
  };
}
