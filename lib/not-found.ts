import { notFound } from 'next/navigation';
import { AppError } from './errors';
import { auditRefusal } from './refusal-audit';

/**
 * For desk pages: a story out of reach (unknown, malformed id, not theirs) is a 404; "not theirs"
 * is audited as a refusal on the way.
 */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'invalid')) {
      await auditRefusal(error);
      notFound();
    }
    throw error;
  }
}
