import type { Duration, PartialDate, TreatyType } from '@treatykit/core';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "13 April 1941", "April 1941" or "1648"; astronomical years ≤ 0 become "1259 BC". */
export function formatDate(date: Pick<PartialDate, 'iso' | 'precision'>): string {
  const match = /^(-?\d{4,})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.iso);
  if (!match) return date.iso;
  const year = Number(match[1]);
  const yearText = year <= 0 ? `${1 - year} BC` : String(year);
  const month = match[2] === undefined ? undefined : MONTHS[Number(match[2]) - 1];
  if (date.precision === 'year' || month === undefined) return yearText;
  if (date.precision === 'month' || match[3] === undefined) return `${month} ${yearText}`;
  return `${Number(match[3])} ${month} ${yearText}`;
}

/** "5 years", "1 year", "6 months". */
export function formatDuration(duration: Pick<Duration, 'years'>): string {
  const { years } = duration;
  if (Number.isInteger(years)) return `${years} ${years === 1 ? 'year' : 'years'}`;
  const months = years * 12;
  if (Number.isInteger(months)) return `${months} ${months === 1 ? 'month' : 'months'}`;
  return `${years} years`;
}

const TYPE_LABELS: Partial<Record<TreatyType, string>> = {
  'mutual-defense': 'mutual defense',
  'territorial-cession': 'territorial cession',
  'arms-limitation': 'arms limitation',
};

/** "Neutrality, non-aggression" from the model's type ids. */
export function formatTypes(types: readonly TreatyType[]): string {
  const text = types.map((type) => TYPE_LABELS[type] ?? type).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
