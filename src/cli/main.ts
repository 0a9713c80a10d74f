import type { CliIo } from './io';
import { run } from './program';

// Entry point of the `custodia` bin (compiled to dist/cli/main.js by scripts/build.mjs): the
// process's streams and environment, the exit code of run(), and the signals of a running server.
let stop: (() => Promise<void>) | null = null;
const io: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  keepRunning: (stopServer) => {
    stop = stopServer;
    const onSignal = () => {
      void stopServer().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  },
};

const code = await run(process.argv.slice(2), io);
// A command that left a server running keeps the process alive; every other one ends here.
if (code !== 0 || stop === null) process.exit(code);
