import { QueryFailedError } from 'typeorm';

/** The PostgreSQL error code behind a failed query (23505 unique_violation, 42501 from our triggers…). */
export function pgCode(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
}

/** The unique index or constraint a unique violation hit. */
export function pgConstraint(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
}
