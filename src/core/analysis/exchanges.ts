import { givenAndReceived } from './interaction-table.js';
import type { NetworkView } from './view.js';

/** How often the owner gave help to each contact, and received it, by the contact's graph node. */
export interface ContactExchanges {
  gave: Int32Array;
  received: Int32Array;
}

/** A rule and the coach both read every contact's exchanges: counted once per view. */
const counted = new WeakMap<NetworkView, ContactExchanges>();

/** `givenAndReceived` for each contact, at the contact's graph node (0 at nodes of no contact). */
export function contactExchanges(view: NetworkView): ContactExchanges {
  let found = counted.get(view);
  if (found) return found;
  found = { gave: new Int32Array(view.graph.n), received: new Int32Array(view.graph.n) };
  for (const c of view.contacts) {
    const { gave, received } = givenAndReceived(view.interactions, view.interactionsOf.numbersAt(c.node));
    found.gave[c.node] = gave;
    found.received[c.node] = received;
  }
  counted.set(view, found);
  return found;
}
