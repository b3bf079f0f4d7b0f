/** Two figures read from text are the same number: equal up to floating-point noise (0.1 × 3 and 0.3). */
export const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
