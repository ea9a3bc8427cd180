import { ConfigError } from '@/db/errors';

/** Ends a command after an error: an operator's problem prints one line, a bug its stack. */
export function exitWithError(error: unknown): never {
  if (error instanceof ConfigError) console.error(`dateline: ${error.message}`);
  else console.error(error);
  process.exit(1);
}

/** Runs a command-line entry point to completion, then exits. */
export function runCli(main: () => Promise<void>) {
  main().then(() => process.exit(0), exitWithError);
}
