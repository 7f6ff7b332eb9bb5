/** Joins the form's own problems (shown once a field is touched or a save tried) with the server's field error. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useErrorText } from '../../components/errors';
import { toLanguage } from '../../i18n';
import type { SeizureForm } from './formState';
import type { Problems } from './validation';

/** `body.drugs[0].quantity` → `drugs.0.quantity`: the server's field name in the form's terms. */
export function normaliseField(field: string): string {
  return field.replace(/^(body|query)\./, '').replace(/\[(\d+)\]/g, '.$1');
}

const HEADER_FIELDS = [
  'reference',
  'occurredOn',
  'occurredTime',
  'country',
  'region',
  'locality',
  'latitude',
  'longitude',
  'placeKind',
  'borderCrossing',
  'seizingAgencyId',
  'transportMode',
  'concealment',
  'narrative',
  'operationReference',
  'drugs',
  'route',
  'parties',
  'sharing.distribution',
  'sharing.distributionAgencies',
  'sharing.handlingCode',
  'sharing.handlingRestriction',
  'sharing.evaluation',
  'sharing.evaluation.source',
  'sharing.evaluation.information',
];
const LINE_FIELDS = [
  'drug',
  'form',
  'quantity',
  'unit',
  'densityKgPerLitre',
  'unitMassGrams',
  'purityPercent',
  'packaging',
  'markings',
];
const PARTY_FIELDS = [
  'recordId',
  'role',
  'arrested',
  'newRecord.properties.name',
  'newRecord.properties.fatherName',
  'newRecord.properties.birthDate',
  'newRecord.properties.nationality',
  'newRecord.properties.registrationNumber',
  'newRecord.properties.model',
];

/** Every field path the form shows an error on. */
export function formFields(form: SeizureForm): Set<string> {
  const fields = new Set(HEADER_FIELDS);
  form.drugs.forEach((_, index) => LINE_FIELDS.forEach((name) => fields.add(`drugs.${index}.${name}`)));
  form.route.forEach((_, index) =>
    ['role', 'country', 'place'].forEach((name) => fields.add(`route.${index}.${name}`)),
  );
  form.parties.forEach((_, index) => PARTY_FIELDS.forEach((name) => fields.add(`parties.${index}.${name}`)));
  return fields;
}

/** The field of the form an error path lands on: itself, or the nearest enclosing field shown. */
export function resolveField(path: string, fields: Set<string>): string | null {
  const parts = path.split('.');
  while (parts.length > 0) {
    const candidate = parts.join('.');
    if (fields.has(candidate)) return candidate;
    parts.pop();
  }
  return null;
}

export interface SeizureErrors {
  /** The message to show under a field, if any. */
  field: (path: string) => string | undefined;
  /** The server's error when it names no field of the form (shown above the form). */
  formError: unknown;
}

/**
 * Field messages: a problem of the form once the field was touched or a save was tried, else the
 * server's error while the field is unchanged since it was sent.
 */
export function useSeizureErrors(
  form: SeizureForm,
  problems: Problems,
  shown: (path: string) => boolean,
  serverError: unknown,
  serverErrorStale: (path: string) => boolean,
): SeizureErrors {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const english = toLanguage(i18n.language) === 'en';
  const fields = formFields(form);
  const serverField =
    isApiError(serverError) && serverError.field
      ? resolveField(normaliseField(serverError.field), fields)
      : null;
  const serverText = (() => {
    if (!isApiError(serverError)) return '';
    // The server words its messages in English; in Russian the catalogue's text of the code stands in.
    return english && serverError.code === 'VALIDATION_FAILED' ? serverError.message : errorText(serverError);
  })();
  const field = useCallback(
    (path: string) => {
      const problem = problems.get(path);
      if (problem && shown(path)) {
        return t(`seizures.validation.${problem.key}`, problem.values ?? {});
      }
      if (serverField === path && !serverErrorStale(path)) {
        return serverText;
      }
      return undefined;
    },
    [problems, shown, serverField, serverErrorStale, serverText, t],
  );
  return {
    field,
    formError: serverError && serverField === null && !isStaleVersion(serverError) ? serverError : null,
  };
}

/** Whether an error is the server's answer to a stale version: someone else saved the report meanwhile. */
export function isStaleVersion(error: unknown): boolean {
  return isApiError(error, 'CONFLICT') && (error.field === null || normaliseField(error.field) === 'version');
}
