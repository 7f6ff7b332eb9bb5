/**
 * Everything about an XLSX workbook that its sheets need before they can be read: where the sheet
 * is (by the package's relationships, not by guessing file names), the shared-string table, which
 * cell styles are dates, and the date system.
 */
import { posix } from 'node:path';
import type { ProblemCode } from './problems.js';
import { READ_DEFAULTS } from './table-row.js';
import { isDateFormat } from './excel-dates.js';
import { attribute, parseXml, parseXmlStream } from './xml.js';
import type { ZipArchive } from './zip.js';

/** A failure that ends the reading of the workbook, with the code the user sees. */
export class WorkbookFailure extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
  ) {
    super(message);
  }
}

/** Shared strings; a string longer than the cell limit is kept as '' with its length in `oversize`. */
export interface SharedStrings {
  texts: string[];
  oversize: Map<number, number>;
}

/** The chosen sheet and what reading it requires. */
export interface WorkbookInfo {
  sheetName: string;
  sheetPart: string;
  sharedStrings: SharedStrings;
  /** By cell style index (the `s` attribute): true when the style displays a date or time. */
  dateStyles: boolean[];
  date1904: boolean;
}

interface Relationship {
  type: string;
  target: string;
}

const REL_TYPE_END = {
  officeDocument: '/officedocument',
  worksheet: '/worksheet',
  sharedStrings: '/sharedstrings',
  styles: '/styles',
};

/** Reads the workbook's structure and shared strings, and picks the sheet (1-based position or name). */
export async function openWorkbook(
  zip: ZipArchive,
  sheet: number | string,
  maxCellChars: number,
): Promise<WorkbookInfo> {
  const rootRels = await readRels(zip, '_rels/.rels');
  const workbookPart = relsOfType(rootRels, REL_TYPE_END.officeDocument)[0] ?? 'xl/workbook.xml';
  if (!zip.has(workbookPart)) {
    throw new WorkbookFailure('not-a-table', 'The file is a ZIP archive but not an XLSX workbook.');
  }
  const rels = await readRels(zip, relsPartOf(workbookPart));

  const sheets: { name: string; relId: string | undefined }[] = [];
  let date1904 = false;
  parseXml(await zip.read(workbookPart, READ_DEFAULTS.maxXmlPartBytes), {
    open(name, attrs) {
      if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      if (name === 'sheet') sheets.push({ name: attrs.name ?? '', relId: attribute(attrs, 'id', true) });
    },
  });

  const wanted =
    typeof sheet === 'number'
      ? sheets[sheet - 1]
      : (sheets.find((s) => s.name === sheet) ??
        sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase()));
  const relation = wanted?.relId === undefined ? undefined : rels.get(wanted.relId);
  if (!wanted || !relation) {
    const names = sheets.map((s) => `"${s.name}"`).join(', ') || 'none';
    throw new WorkbookFailure(
      'sheet-missing',
      `The workbook has no sheet ${JSON.stringify(sheet)} (its sheets: ${names}).`,
    );
  }
  const sheetPart = resolveTarget(workbookPart, relation.target);
  if (!relation.type.toLowerCase().endsWith(REL_TYPE_END.worksheet) || !zip.has(sheetPart)) {
    throw new WorkbookFailure(
      'sheet-missing',
      `The sheet "${wanted.name}" is a chart or is missing, not a table.`,
    );
  }

  const related = (typeEnd: string) =>
    [...rels.values()]
      .filter((r) => r.type.toLowerCase().endsWith(typeEnd))
      .map((r) => resolveTarget(workbookPart, r.target))
      .find((part) => zip.has(part));
  const stringsPart = related(REL_TYPE_END.sharedStrings);
  const stylesPart = related(REL_TYPE_END.styles);
  return {
    sheetName: wanted.name,
    sheetPart,
    date1904,
    sharedStrings: stringsPart
      ? await readSharedStrings(zip, stringsPart, maxCellChars)
      : { texts: [], oversize: new Map() },
    dateStyles: stylesPart ? readDateStyles(await zip.read(stylesPart, READ_DEFAULTS.maxXmlPartBytes)) : [],
  };
}

async function readRels(zip: ZipArchive, part: string): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  if (!zip.has(part)) return rels;
  parseXml(await zip.read(part, READ_DEFAULTS.maxXmlPartBytes), {
    open(name, attrs) {
      if (name !== 'Relationship' || attrs.TargetMode === 'External') return;
      if (attrs.Id && attrs.Type && attrs.Target) {
        rels.set(attrs.Id, { type: attrs.Type, target: attrs.Target });
      }
    },
  });
  return rels;
}

function relsOfType(rels: Map<string, Relationship>, typeEnd: string): string[] {
  return [...rels.values()]
    .filter((r) => r.type.toLowerCase().endsWith(typeEnd))
    .map((r) => resolveTarget('', r.target));
}

function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** A relationship target is relative to its source part's folder, or absolute from the package root. */
function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(sourcePart), target)).replace(/^(\.\.\/)+/, '');
}

/** `_xHHHH_` escapes (ECMA-376 ST_Xstring) back to characters; `_x005F_` protects a literal `_x`. */
export function unescapeXString(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

async function readSharedStrings(
  zip: ZipArchive,
  part: string,
  maxCellChars: number,
): Promise<SharedStrings> {
  const strings: SharedStrings = { texts: [], oversize: new Map() };
  let total = 0;
  let current: string[] = [];
  let length = 0;
  let inText = false;
  let phonetic = 0; // <rPh> holds furigana, which is not part of the string's value
  await parseXmlStream(await zip.stream(part), {
    open(name) {
      if (name === 'si') [current, length] = [[], 0];
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    text(text) {
      if (!inText) return;
      length += text.length;
      if (length <= maxCellChars) current.push(text);
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si') {
        total += Math.min(length, maxCellChars);
        if (total > READ_DEFAULTS.maxSharedStringChars) {
          throw new WorkbookFailure(
            'limit-exceeded',
            'The workbook holds more text than the import accepts.',
          );
        }
        if (length > maxCellChars) strings.oversize.set(strings.texts.length, length);
        strings.texts.push(length > maxCellChars ? '' : unescapeXString(current.join('')));
      }
    },
  });
  return strings;
}

function readDateStyles(bytes: Buffer): boolean[] {
  const customFormats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  parseXml(bytes, {
    open(name, attrs) {
      if (name === 'numFmt') customFormats.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styleFormats.push(Number(attrs.numFmtId ?? '0'));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styleFormats.map((id) => isDateFormat(id, customFormats.get(id)));
}
