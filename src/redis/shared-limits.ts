// What main() loads, on demand, when REDIS_URL is set.
export { RedisLink } from './link.js';
export { RedisRateLimiter } from './rate-limiter.js';
export { RedisSeenEventStore } from './seen-events.js';
