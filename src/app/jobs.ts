/**
 * Analyses too long for a request (a cohort reads every participant's network) run as jobs: any
 * server queues one, any worker sharing the database runs it, and the asker reads the result.
 */
export type JobState = 'waiting' | 'running' | 'done' | 'failed';

export interface JobStatus<T = unknown> {
  id: string;
  state: JobState;
  data: Record<string, unknown>;
  result?: T;
  /** Why it failed, in words, when it did. */
  error?: string;
}

/** What the use cases need of a job queue (pg-boss on PostgreSQL in team mode). */
export interface JobQueue {
  enqueue(kind: string, data: Record<string, unknown>): Promise<string>;
  status(kind: string, id: string): Promise<JobStatus | undefined>;
}

export const COHORT_JOB = 'cohort';
/** The organisation report (`threefold company`): at 200,000 people it takes minutes. */
export const COMPANY_REPORT_JOB = 'company-report';
export const JOB_KINDS = [COHORT_JOB, COMPANY_REPORT_JOB];
