// Preloaded into a bot under test (node --import). On SIGUSR2 it leaves a promise rejected with
// no handler, which the bot must survive; on SIGHUP it throws from a timer, after which the bot
// must shut down gracefully and exit 1. Test-only; nothing in src/ knows about it.
process.on('SIGUSR2', () => {
  Promise.reject(new Error('injected rejection for the process-guard test'));
});
process.on('SIGHUP', () => {
  setTimeout(() => {
    throw new Error('injected exception for the process-guard test');
  }, 0);
});
