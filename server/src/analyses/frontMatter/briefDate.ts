import type { ParsedBrief } from '../../engine/parseBrief';

/** The brief's `date` field, and what it can be read as. */
export interface BriefDate {
  /** The value as the brief writes it, trimmed. */
  written: string;
  /** The date as YYYY-MM-DD, when the brief writes it so and it is a real calendar date. */
  iso?: string;
  /** For a date in another form, the real dates it can mean, as YYYY-MM-DD: two when day and month could be either way round. */
  readings: string[];
  /** The year, when the value leaves no doubt about it. */
  year?: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// An ISO date with a time after it, as site generators write it: 2020-10-15T10:00:00Z.
const ISO_WITH_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ]\d/;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
// 11-01-2021, 3/18/2024, 15.10.2020: month first in the United States, day first elsewhere.
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
// "Thu, 15 Oct 2020 10:00:00 +0000" (RFC 2822), "15 October 2020".
const DAY_MONTH_YEAR = new RegExp(`^(?:[a-z]+,?\\s+)?(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i');
// "October 15, 2020", "Thursday, Oct 15 2020".
const MONTH_DAY_YEAR = new RegExp(`^(?:[a-z]+,?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const ANY_YEAR = /\b(1[89]\d\d|2\d\d\d)\b/g;

export function readBriefDate(brief: ParsedBrief): BriefDate | undefined {
  const value = brief.frontMatter?.data?.date;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return parseBriefDate(value.trim());
}

export function parseBriefDate(written: string): BriefDate {
  const iso = ISO.exec(written);
  if (iso) {
    const date = calendarDate(+iso[1], +iso[2], +iso[3]);
    return { written, ...(date && { iso: date }), readings: [], year: +iso[1] };
  }
  const readings = [...new Set(readingsOf(written))];
  const years = new Set(readings.length > 0 ? readings.map((date) => +date.slice(0, 4)) : [...written.matchAll(ANY_YEAR)].map((match) => +match[1]));
  return { written, readings, ...(years.size === 1 && { year: [...years][0] }) };
}

function readingsOf(written: string): string[] {
  const withTime = ISO_WITH_TIME.exec(written);
  if (withTime) return found(calendarDate(+withTime[1], +withTime[2], +withTime[3]));
  const yearFirst = YEAR_FIRST.exec(written);
  if (yearFirst) return found(calendarDate(+yearFirst[1], +yearFirst[2], +yearFirst[3]));
  const yearLast = YEAR_LAST.exec(written);
  if (yearLast) {
    const [first, second, year] = [+yearLast[1], +yearLast[2], +yearLast[3]];
    return [...found(calendarDate(year, first, second)), ...found(calendarDate(year, second, first))];
  }
  const dayMonth = DAY_MONTH_YEAR.exec(written);
  if (dayMonth) return found(calendarDate(+dayMonth[3], monthNumber(dayMonth[2]), +dayMonth[1]));
  const monthDay = MONTH_DAY_YEAR.exec(written);
  if (monthDay) return found(calendarDate(+monthDay[3], monthNumber(monthDay[1]), +monthDay[2]));
  return [];
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function found(date: string | undefined): string[] {
  return date ? [date] : [];
}

/** YYYY-MM-DD for a day that exists (no 30 February), else undefined. */
function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
