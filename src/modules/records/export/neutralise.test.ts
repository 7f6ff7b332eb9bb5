import { describe, expect, it } from 'vitest';
import { csvCell, csvField } from './csv.js';
import { neutraliseText, spreadsheetNumber } from './neutralise.js';
import { xlsxCell } from './xlsx.js';
import { num, text } from './columns.js';

describe('formula injection', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "'\rCR"],
  ])('a text cell %j gets a leading apostrophe', (value, safe) => {
    expect(neutraliseText(value)).toBe(safe);
    expect(xlsxCell(text('x'), value)).toBe(safe);
  });

  it('leaves ordinary text alone, including a formula character later in the cell', () => {
    for (const value of ['Heroin', 'a=b', 'Юсупов', "O'Brien", '', '1+1']) {
      expect(neutraliseText(value)).toBe(value);
    }
  });

  it('writes numeric columns as numbers, negative ones included, and never as mangled text', () => {
    expect(csvCell(num('latitude'), '-12.5')).toBe('-12.5');
    expect(csvCell(num('quantity'), '12.345')).toBe('12.345');
    expect(xlsxCell(num('latitude'), '-12.5')).toBe(-12.5);
    expect(xlsxCell(num('quantity'), '0.001')).toBe(0.001);
  });

  it('keeps a decimal that a JavaScript number cannot hold exactly as its text', () => {
    expect(spreadsheetNumber('0.123456789012345678901')).toBe('0.123456789012345678901');
    expect(spreadsheetNumber('12345678901234567890')).toBe('12345678901234567890');
  });

  it('treats a non-number in a numeric column as text, neutralised', () => {
    expect(csvCell(num('quantity'), '=1+2')).toBe("'=1+2");
    expect(xlsxCell(num('quantity'), '=1+2')).toBe("'=1+2");
  });

  it('quotes CSV fields with quotes, commas and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(text('x'), null)).toBe('');
  });
});
