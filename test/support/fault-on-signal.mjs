// Preloaded into a bot under test (node --import): on SIGUSR2 it leaves a promise rejected
// with no handler and throws from a timer, the two faults the process guards must survive.
// Test-only; nothing in src/ knows about it.
process.on('SIGUSR2', () => {
  Promise.reject(new Error('injected rejection for the process-guard test'));
  setTimeout(() => {
    throw new Error('injected exception for the process-guard test');
  }, 0);
});
