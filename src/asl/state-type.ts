import { z } from 'zod';

/** The eight state kinds of ASL, the values of a state's `Type`, in the order AWS lists them in its messages. */
export const STATE_TYPES = ['Task', 'Wait', 'Pass', 'Succeed', 'Fail', 'Choice', 'Parallel', 'Map'] as const;

/** A state's `Type`. */
export const StateTypeSchema = z.enum(STATE_TYPES);

/** One of {@link STATE_TYPES}. */
export type StateType = z.infer<typeof StateTypeSchema>;
