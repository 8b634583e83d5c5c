/** Where a run of a block's text starts in the source. */
interface Segment {
  readonly at: number;
  readonly source: number;
}

/** A unit of the article (headline, paragraph, key fact, heading) as plain text, mapped back to the source. */
export interface Block {
  readonly kind: 'heading' | 'paragraph' | 'item';
  /** Plain text with markup removed and line breaks turned into spaces. */
  readonly text: string;
  /** Source offset of the block's first and past-the-last character. */
  readonly start: number;
  readonly end: number;
  readonly segments: readonly Segment[];
}

/** The source offset of index `i` in a block's text. */
export function sourceOffset(block: Block, i: number): number {
  // The last segment that starts at or before i (else the first): a binary search, because a long
  // Markdown paragraph has a segment per inline node and every mention in it is mapped.
  const { segments } = block;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segments[mid]?.at ?? 0) <= i) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo];
  if (!seg) return block.start;
  return Math.min(seg.source + (i - seg.at), block.end);
}

/** Accumulates text runs with their source offsets into a block. */
export class BlockBuilder {
  private text = '';
  private readonly segments: Segment[] = [];

  append(value: string, source: number | null): void {
    if (value === '') return;
    if (source !== null) this.segments.push({ at: this.text.length, source });
    this.text += value;
  }

  build(kind: Block['kind'], start: number, end: number): Block {
    // Collapse inner line breaks to spaces without changing the length, so segments stay valid.
    const text = this.text.replace(/\r\n|\r|\n/g, (m) => ' '.repeat(m.length));
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    const segments = this.segments.map((s) => ({ at: s.at - lead, source: s.source }));
    return { kind, text: trimmed, start, end, segments };
  }
}
