import { z } from 'zod';

/**
 * The body of an action that takes no input: none at all, or `{}`. Anything else is refused, so a
 * client that believes it is sending options learns that they are ignored.
 */
export const EmptyBody = z.object({}).strict().nullish();
