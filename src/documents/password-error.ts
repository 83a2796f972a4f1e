/** Whether PDF.js refused a document for its password (its `PasswordException`). */
export function isPasswordError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    error.name === 'PasswordException'
  );
}
