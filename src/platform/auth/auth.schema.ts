import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from './passwords.js';

export const SignInBody = z
  .object({
    username: z.string().min(1).max(200),
    password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
    totpCode: z.string().max(12).optional(),
  })
  .strict();

export const TotpConfirmBody = z.object({ code: z.string().min(1).max(12) }).strict();
