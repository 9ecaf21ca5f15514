/** What went wrong, as text for a message or a notice: an error's message, or the thrown value itself. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
