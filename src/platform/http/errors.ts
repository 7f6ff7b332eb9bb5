import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { recordAuditAlone } from '../audit/audit.js';
import { AppError, type ErrorCode } from '../errors.js';
import type { AppContext } from './context.js';

/** Codes that mean "an authorisation decision said no": each is written to the audit log. */
const DENIAL_CODES: ReadonlySet<ErrorCode> = new Set([
  'FORBIDDEN',
  'CSRF_FAILED',
  'TOTP_ENROLMENT_REQUIRED',
  'NOT_FOUND',
]);

interface ValidationIssue {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: { keys?: unknown };
}

/** Turns a zod validation failure into VALIDATION_FAILED naming the first field at fault. */
function fromValidation(issues: readonly ValidationIssue[], context: string | undefined): AppError {
  const first = issues[0];
  const path = (first?.instancePath ?? '').split('/').filter(Boolean);
  // An unknown key is reported on the object holding it; name the key itself.
  const keys = first?.params?.keys;
  if (first?.keyword === 'unrecognized_keys' && Array.isArray(keys) && typeof keys[0] === 'string') {
    path.push(keys[0]);
  }
  const where = context === 'querystring' ? 'query' : context;
  const prefix = where && where !== 'body' ? [where] : [];
  const field = [...prefix, ...path].join('.') || (where ?? null);
  const message =
    first?.keyword === 'unrecognized_keys' ? 'Unknown field' : (first?.message ?? 'Invalid request');
  return new AppError('VALIDATION_FAILED', message, field);
}

/** Maps any thrown error to the closed set of codes; unknown errors become INTERNAL. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const err = error as FastifyError & { validationContext?: string };
  if (hasZodFastifySchemaValidationErrors(err)) {
    return fromValidation(err.validation, err.validationContext);
  }
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('MALFORMED_JSON', 'The body is not valid JSON', 'body');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'The body is too large', 'body');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send application/json', 'body');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('VALIDATION_FAILED', 'Content-Length does not match the body', 'body');
    default:
      break;
  }
  if (err.statusCode === 429) return new AppError('RATE_LIMITED', 'Too many requests; slow down');
  if (err instanceof SyntaxError) return new AppError('MALFORMED_JSON', 'The body is not valid JSON', 'body');
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    return new AppError('VALIDATION_FAILED', err.message, null);
  }
  return new AppError('INTERNAL', 'Internal error; quote the request id to the administrator');
}

/** The one error handler: answers with the error shape, logs faults, audits denials. */
export function makeErrorHandler(app: AppContext) {
  return async (error: unknown, req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const appError = toAppError(error);
    if (appError.code === 'INTERNAL') req.log.error({ err: error }, 'request failed');
    if (DENIAL_CODES.has(appError.code) && req.ctx.actor) {
      try {
        await recordAuditAlone(app.db, req.ctx, {
          action: `${req.routeOptions.config.object ?? 'request'}.denied`,
          objectType: req.routeOptions.config.object,
          objectId: objectIdOf(req),
          // Whose object it was is not known (or not revealed) at a denial.
          objectAgencyId: null,
          outcome: 'denied',
          details: { method: req.method, route: req.routeOptions.url ?? null, code: appError.code },
        });
      } catch (auditError) {
        req.log.error({ err: auditError }, 'could not audit a denial');
      }
    }
    await reply.status(appError.status).send(appError.toBody());
  };
}

function objectIdOf(req: FastifyRequest): string | null {
  const params = req.params as Record<string, unknown> | undefined;
  const id = params?.id;
  return typeof id === 'string' ? id.slice(0, 100) : null;
}
