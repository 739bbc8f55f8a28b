/** Request counters per operation and status, for `GET /_ocikit/stats`. */
export class RequestStats {
  private counts = new Map<string, Map<number, number>>();
  private total = 0;

  record(operation: string, status: number): void {
    this.total++;
    let byStatus = this.counts.get(operation);
    if (byStatus === undefined) {
      byStatus = new Map();
      this.counts.set(operation, byStatus);
    }
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }

  snapshot(): { total: number; operations: Record<string, Record<string, number>> } {
    const operations: Record<string, Record<string, number>> = {};
    for (const [op, byStatus] of this.counts) operations[op] = Object.fromEntries([...byStatus].map(([s, n]) => [String(s), n]));
    return { total: this.total, operations };
  }

  reset(): void {
    this.counts = new Map();
    this.total = 0;
  }
}
