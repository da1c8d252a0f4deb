import type { FieldError, Problem } from './generated';

/** What the generated client throws: the HTTP status and the API's problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Partial<Problem>;

  constructor(status: number, body: unknown) {
    const problem = (body && typeof body === 'object' ? body : {}) as Partial<Problem>;
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** Field errors keyed by field name ("details.memory_gb" stays as it is). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of (this.problem.errors ?? []) as FieldError[]) out[e.field] = e.message;
    return out;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
