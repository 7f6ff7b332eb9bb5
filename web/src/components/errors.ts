/** Helpers that turn API errors into translated messages, per form field or for the whole form. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';

/** Field named by an API error, without a leading `body.` or `query.` (compared case-sensitively). */
export function errorField(error: unknown): string | null {
  if (!isApiError(error) || !error.field) {
    return null;
  }
  return error.field.replace(/^(body|query)\./, '');
}

/** Returns a function translating any error through the `errors.<CODE>` catalogue, with a generic fallback. */
export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        const key = `errors.${error.code}`;
        if (i18n.exists(key)) {
          return t(key as 'errors.generic');
        }
      }
      return t('errors.generic');
    },
    [t, i18n],
  );
}

export interface FormErrors {
  /** Message for one form field, when the error names it. */
  field: (name: string) => string | undefined;
  /** Message for the form as a whole, when the error names no field of this form. */
  form: string | null;
}

/** Splits an error between the form's fields and a form-level alert. */
export function useFormErrors(error: unknown, fields: readonly string[]): FormErrors {
  const text = useErrorText();
  if (!error) {
    return { field: () => undefined, form: null };
  }
  const named = errorField(error);
  const onField = named !== null && fields.includes(named);
  return {
    field: (name) => (onField && named === name ? text(error) : undefined),
    form: onField ? null : text(error),
  };
}
