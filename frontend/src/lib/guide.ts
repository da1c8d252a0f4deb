import type { Answer } from '@/api/generated';

/**
 * A guide walk is the list of answers given so far; the API turns it into the current step.
 * Kept in the address (`?a=yny`) so a walk survives a reload and can be shared.
 */
export function encodeAnswers(answers: readonly Answer[]): string {
  return answers.map((a) => (a === 'yes' ? 'y' : 'n')).join('');
}

export function decodeAnswers(value: string | null | undefined): Answer[] {
  if (!value || !/^[yn]{1,50}$/.test(value)) return [];
  return [...value].map((c) => (c === 'y' ? 'yes' : 'no'));
}

export function answer(answers: readonly Answer[], next: Answer): Answer[] {
  return answers.length >= 50 ? [...answers] : [...answers, next];
}

/** Going back to a question already answered forgets it and everything after it. */
export function backTo(answers: readonly Answer[], index: number): Answer[] {
  return answers.slice(0, Math.max(0, Math.min(index, answers.length)));
}
