import type { PartialDate } from '@treatykit/core';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether dates read month first ("April 13, 1941") or day first ("13 April 1941"). */
export type DateStyle = 'month-first' | 'day-first';

/** The style of a date as an article writes it, so that computed dates can match it. */
export function dateStyle(written: string): DateStyle {
  return /^\d{1,2}(st|nd|rd|th)?\s+\p{L}/u.test(written.trim()) ? 'day-first' : 'month-first';
}

/** Formats a model date for readers: "April 13, 1941" (or "13 April 1941"), "April 1941", "1941" or "1259 BC". */
export function formatDate(date: Pick<PartialDate, 'iso' | 'precision'>, style: DateStyle = 'month-first'): string {
  const m = /^(-?\d+)(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.iso);
  if (!m) return date.iso;
  const astronomical = Number(m[1]);
  // Astronomical year 0 is 1 BC, -1 is 2 BC.
  const year = astronomical > 0 ? String(astronomical) : `${1 - astronomical} BC`;
  const month = m[2] === undefined ? undefined : MONTHS[Number(m[2]) - 1];
  if (date.precision === 'year' || month === undefined) return year;
  if (date.precision === 'month' || m[3] === undefined) return `${month} ${year}`;
  const day = Number(m[3]);
  return style === 'day-first' ? `${day} ${month} ${year}` : `${month} ${day}, ${year}`;
}
