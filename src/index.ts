import { main } from './main.js';

// The entry point `npm start` runs (compiled: dist/index.js). main.ts only exports main(), so
// tests and tools can import it without starting a bot.
const result = await main();
// A failed start may leave a socket client retrying; a number means stop now.
if (typeof result === 'number') process.exit(result);
