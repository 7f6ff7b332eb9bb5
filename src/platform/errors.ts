/** The closed set of error codes the API answers with, and their HTTP statuses (docs/API.md). */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  WEAK_PASSWORD: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOTP_REQUIRED: 401,
  TOTP_INVALID: 401,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  TOTP_ENROLMENT_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  NOT_READY: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** The one error shape every API error has. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; field: string | null };
}

/** An error meant for the client: a code from the closed set, a message and optionally the field at fault. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | null;

  constructor(code: ErrorCode, message: string, field: string | null = null) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, field: this.field } };
  }
}

/** The single "no such object" answer, used alike for missing and for invisible objects. */
export function notFound(): AppError {
  return new AppError('NOT_FOUND', 'Not found');
}

/** Thrown when a role or token scope does not allow an action at all. */
export function forbidden(): AppError {
  return new AppError('FORBIDDEN', 'You are not allowed to do this');
}
