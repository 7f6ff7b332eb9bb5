import { useEffect, useState } from 'react';
import { NumberInput } from '@mantine/core';

interface YearInputProps {
  label: string;
  value: number | undefined;
  onChange: (year: number | undefined) => void;
  testId: string;
}

function yearOf(value: string | number): number | undefined {
  const n = typeof value === 'number' ? value : Number(value);
  return value !== '' && Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : undefined;
}

/**
 * A year field that keeps what is being typed ("2", "20", "202"…) and passes a year on only once it
 * is one (or the field is emptied), so a half-typed year never clears the field or reaches the API.
 */
export function YearInput({ label, value, onChange, testId }: YearInputProps) {
  const [text, setText] = useState<string | number>(value ?? '');
  useEffect(() => {
    setText((current) => (yearOf(current) === value ? current : (value ?? '')));
  }, [value]);
  return (
    <NumberInput
      label={label}
      value={text}
      onChange={(next) => {
        setText(next);
        if (next === '') {
          onChange(undefined);
        } else if (yearOf(next) !== undefined) {
          onChange(yearOf(next));
        }
      }}
      min={1900}
      max={2100}
      allowDecimal={false}
      allowNegative={false}
      w={110}
      data-testid={testId}
    />
  );
}
