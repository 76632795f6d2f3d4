/**
 * Gathers the jobs BullMQ hands the worker concurrently into batches, so their items are stored
 * with one multi-row statement per table in one transaction. A batch starts as soon as the previous
 * one is done (no timer): alone, an item goes through at once; under load, batches grow by themselves.
 * A batch that fails as a whole is retried item by item, so one poison item fails only its own job
 * (which BullMQ retries with backoff and, when its attempts run out, keeps in the failed set).
 */
export interface BatchRunner<T, R> {
  runBatch(items: T[]): Promise<R[]>;
  onFallback?(size: number, error: unknown): void;
}

interface Pending<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export class Batcher<T, R> {
  private readonly pending: Pending<T, R>[] = [];
  private running = 0;

  constructor(
    private readonly runner: BatchRunner<T, R>,
    private readonly maxBatch: number,
    /** Batches in flight at once: two let one classify while the other waits for PostgreSQL. */
    private readonly parallel = 2,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.running < this.parallel && this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxBatch);
      this.running++;
      void this.run(batch).finally(() => {
        this.running--;
        this.drain();
      });
    }
  }

  private async run(batch: Pending<T, R>[]): Promise<void> {
    try {
      const results = await this.runner.runBatch(batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(results[i] as R));
    } catch (error) {
      if (batch.length === 1) return batch.forEach((p) => p.reject(error));
      this.runner.onFallback?.(batch.length, error);
      for (const p of batch) {
        await this.runner.runBatch([p.item]).then(
          ([result]) => p.resolve(result as R),
          (e: unknown) => p.reject(e),
        );
      }
    }
  }
}
