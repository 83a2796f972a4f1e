/**
 * Counts the HTTP requests a client sends, per operation label, retries included: the figure
 * the filing benchmark reports ("requests per filed mail").
 */
export class RequestCounter {
  private readonly counts = new Map<string, number>();

  /** Adds one request under `label`. */
  add(label: string): void {
    this.counts.set(label, (this.counts.get(label) ?? 0) + 1);
  }

  /** All requests since the last reset. */
  total(): number {
    let sum = 0;
    for (const count of this.counts.values()) sum += count;
    return sum;
  }

  /** Requests per label since the last reset. */
  byLabel(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** Starts counting from zero. */
  reset(): void {
    this.counts.clear();
  }
}
