import type { Form } from '../vocabulary.js';

export type Severity = 'info' | 'warning' | 'critical';
export type ActionKind =
  | 'reconnect'
  | 'strengthen'
  | 'introduce'
  | 'ask'
  | 'give'
  | 'reach'
  | 'hook'
  | 'request-support'
  | 'join';

export interface Finding {
  code: string;
  severity: Severity;
  form: Form | 'general';
  title: string;
  explanation: string;
  evidence: {
    people: string[];
    organizations: string[];
    goals: string[];
    /** Measured values, each named by its measure. */
    measures: Record<string, number | string | boolean | null>;
  };
  actions: ActionKind[];
}

export const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
