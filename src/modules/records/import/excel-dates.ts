/**
 * XLSX stores a date as a number (days since 1900 or 1904) and a display format; the reader turns
 * date-formatted numbers into ISO 8601 text, which the profiles can validate without knowing Excel.
 */

/** Built-in number formats that display dates or times (ECMA-376 Part 1, 18.8.30; 27–36 and 50–58 are East Asian dates). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** True when a number format (built-in id, or custom code when given) displays a date or a time. */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (formatCode === undefined) return BUILTIN_DATE_FORMATS.has(numFmtId);
  const bare = formatCode
    .replace(/"[^"]*"/g, '') // literal text
    .replace(/\\./g, '') // escaped characters
    .replace(/[_*]./g, '') // padding and repetition
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, ''); // colours, conditions, locales; keeps [h] [mm] [ss]
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

const DAY_MS = 86_400_000;
const LAST_SERIAL = 2_958_465; // 9999-12-31 in the 1900 system

/**
 * ISO 8601 text for a date serial: `2024-06-21`, `2024-06-21T13:45:00`, or `13:45:00` for a time of
 * day alone; null when the serial is not a date Excel could show (negative, beyond 9999, or the
 * 29 February 1900 that Excel's 1900 system counts but which never existed).
 */
export function excelSerialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > LAST_SERIAL) return null;
  const totalSeconds = Math.round(serial * 86_400);
  const days = Math.floor(totalSeconds / 86_400);
  const seconds = totalSeconds - days * 86_400;
  const time = seconds === 0 ? '' : new Date(seconds * 1000).toISOString().slice(11, 19);
  if (!date1904 && days === 0) return time === '' ? null : time;
  // Lotus 1-2-3 counted 1900 as a leap year and Excel kept it: serial 60 is a day that never was.
  if (!date1904 && days === 60) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + days * DAY_MS).toISOString().slice(0, 10);
  return time === '' ? date : `${date}T${time}`;
}
