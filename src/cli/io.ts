/** Where a CLI command writes and reads: the process's streams in the bin, strings in a test. */
export interface CliOutput {
  write(text: string): unknown;
  /** True for a terminal (the import shows a progress bar only there). */
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /** Standard input, read only by commands given "-" or --password-stdin. */
  readonly stdin: AsyncIterable<string | Uint8Array>;
  /** The settings the command reads (through server/config.ts), as the process environment. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * A command that keeps running after its action returns (serve) hands over how to stop it;
   * the bin then stays alive and stops it on SIGINT or SIGTERM. Absent: nothing keeps running.
   */
  readonly keepRunning?: (stop: () => Promise<void>) => void;
}
