/** What every section of the seizure form receives. */
import type { SeizureForm } from './formState';

export interface SectionProps {
  form: SeizureForm;
  /** Changes some fields; they count as touched, so their problems show from now on. */
  set: (patch: Partial<SeizureForm>) => void;
  /** Marks fields of rows (`drugs.0.quantity`) as touched. */
  touch: (paths: string[]) => void;
  /** The message under a field path, if any. */
  error: (path: string) => string | undefined;
}

/** The error path a top-level form key is validated under. */
export function errorPathOf(key: keyof SeizureForm): string {
  return RENAMED[key] ?? key;
}

/** Form keys whose error path differs: the date's parts all report on `occurredOn`. */
const RENAMED: Partial<Record<keyof SeizureForm, string>> = {
  date: 'occurredOn',
  year: 'occurredOn',
  month: 'occurredOn',
  precision: 'occurredOn',
  time: 'occurredTime',
};
