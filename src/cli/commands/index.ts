import type { Register } from '../context.js';
import { register as assess } from './assess.js';
import { register as coach } from './coach.js';
import { register as collections } from './collections.js';
import { register as document } from './document.js';
import { register as peopleDedupe } from './people-dedupe.js';
import { register as serve } from './serve.js';
import { register as setup } from './setup.js';

/** Every command family of the CLI; a new family adds one line here. */
export const COMMANDS: Register[] = [setup, document, collections, peopleDedupe, assess, coach, serve];
