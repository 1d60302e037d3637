/** What a benchmark file exports and what it reports. */
export interface BenchRow {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

export interface BenchResult {
  readonly name: string;
  readonly title: string;
  readonly rows: readonly BenchRow[];
  /** Conclusions worth a line in the summary (a target met or missed). */
  readonly notes: readonly string[];
}

export interface Bench {
  readonly name: string;
  run(): Promise<BenchResult>;
}
