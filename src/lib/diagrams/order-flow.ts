import type { DiagramSpec } from './draw';

/**
 * The worked example's order flow (/worked-example/online-shop-orders/#flow-steps): one order
 * through the checkout service and then the data pipeline. The boxes' titles and notes and the
 * numbered list under the figure both come from these 14 steps.
 */
export const ORDER_FLOW: DiagramSpec = {
  name: 'order-flow',
  title: 'One order through the checkout service and the data pipeline',
  summary:
    'A vertical flow of 14 numbered steps in two parts: steps 1 to 6 in the checkout service, a handoff, ' +
    'then steps 7 to 14 in the data pipeline, with step 13 branching from step 10. ' +
    'The same steps follow as a numbered list.',
  caption:
    'One hypothetical order, numbered step by step: steps 1 to 6 happen in the checkout service, steps 7 to 14 in the data pipeline. Step 13 branches from step 10.',
  numbering: 'in-order',
  rows: [
    { band: 'Backend lens', aside: 'takes the order' },
    {
      nodes: [
        {
          id: 'request',
          title: 'Checkout request',
          note: 'POST /orders with an idempotency key',
          tone: 'backend',
          text: 'The browser sends `POST /orders` with an idempotency key created when the checkout page loaded.',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'validate',
          title: 'Validate the order',
          note: 'prices, stock, address, signed-in user',
          tone: 'backend',
          text: 'The service validates the cart: prices recomputed on the server, stock reserved, address checked.',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'authorize',
          title: 'Authorize the payment',
          note: 'order saved as pending; same key on retry',
          tone: 'backend',
          text: 'It saves the order and its items as pending payment, then asks the payment provider to authorize the charge, sending the same key on any retry.',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'transaction',
          title: 'One database transaction',
          note: 'order marked paid, plus an outbox row',
          tone: 'backend',
          text: 'In one database transaction it marks the order paid and writes an outbox row.',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'answer',
          title: 'Answer the customer',
          note: 'inside the checkout latency budget',
          tone: 'backend',
          text: 'It answers the customer with the order number, inside the latency budget.',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'publish',
          title: 'Publish OrderPlaced',
          note: 'outbox relay; the email service listens',
          tone: 'backend',
          text: 'A relay publishes the outbox row as an `OrderPlaced` event; the email service consumes it. This event, or change data capture (CDC) of the `orders` table, is the handoff to the data team.',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'handoff',
          title: 'Handoff between the teams',
          note: 'the OrderPlaced event, or CDC of orders',
          tone: 'shared',
          drawnOnly: true,
        },
      ],
    },
    { band: 'Data lens', aside: 'counts the order' },
    {
      nodes: [
        {
          id: 'land',
          title: 'Land in the raw zone',
          note: 'append-only, partitioned by date',
          tone: 'data',
          text: 'A loader lands the event unchanged in an append-only raw zone, partitioned by date.',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'dedupe',
          title: 'Deduplicate',
          note: 'keep one row per event_id',
          tone: 'data',
          text: 'Duplicates are removed, keeping one row per `event_id`.',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'staging',
          title: 'Staging model',
          note: 'rename, cast, map status values',
          tone: 'data',
          text: 'A staging model renames, casts, and maps status values.',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'facts',
          title: 'fct_orders, dim_customers',
          note: 'tested: unique, not null, accepted values',
          tone: 'data',
          text: 'The order becomes a row in `fct_orders`, linked to `dim_customers`, with tests on both.',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'revenue',
          title: 'Daily revenue model',
          note: 'fresh before the finance stand-up',
          tone: 'data',
          text: 'The daily revenue model sums paid orders, net of refunds, for each day.',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'dashboard',
          title: 'Finance dashboard',
          note: 'shows when its data was last loaded',
          tone: 'data',
          text: 'The finance dashboard reads that model and shows when it was last loaded.',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'features',
          title: 'Customer features',
          note: 'from the order facts, point in time',
          tone: 'data',
          text: 'Separately, customer features are built from the order facts, as of each point in time.',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'model',
          title: 'Recommendation model',
          note: 'trains and serves on those features',
          tone: 'data',
          text: 'A recommendation model trains on those features and uses them to rank products.',
        },
      ],
    },
  ],
  arrows: [
    { from: 'request', to: 'validate' },
    { from: 'validate', to: 'authorize' },
    { from: 'authorize', to: 'transaction' },
    { from: 'transaction', to: 'answer' },
    { from: 'answer', to: 'publish' },
    { from: 'publish', to: 'handoff' },
    { from: 'handoff', to: 'land' },
    { from: 'land', to: 'dedupe' },
    { from: 'dedupe', to: 'staging' },
    { from: 'staging', to: 'facts' },
    { from: 'facts', to: 'revenue' },
    { from: 'revenue', to: 'dashboard' },
    // The branch: features are built from the fact table (step 10), not from the revenue model.
    { from: 'facts', to: 'features' },
    { from: 'features', to: 'model' },
  ],
};
