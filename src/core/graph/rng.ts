/** The one seeded pseudo-random generator of the core (mulberry32): same seed, same results. */
export { mulberry32 } from '../sample/random.js';
