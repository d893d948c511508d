import type { DiagramSpec } from './draw';

/**
 * Batch and streaming over the same orders on a time axis (/differences/systems-built/#streaming-systems):
 * event-time windows closing at a watermark, one late event, and the nightly batch that sees it.
 */
export const BATCH_AND_STREAMING: DiagramSpec = {
  name: 'batch-and-streaming',
  title: 'Batch and streaming on a time axis, with late data and a watermark',
  summary:
    'A time axis running down the page, with a streaming job on the left and a nightly batch job on the right. ' +
    'The streaming job counts orders in five-minute windows and closes a window when the watermark passes its end; ' +
    'an order from 10:04 that arrives at 10:09 is late for it. The batch job runs the next night and counts all four orders.',
  caption:
    'Illustrative times, not to scale. Each order is labelled with the time it happened (event time); the axis shows when it arrives (processing time).',
  lanes: ['Streaming job', 'Nightly batch job'],
  timeAxis: 'Arrival time',
  rows: [
    {
      time: '10:01',
      nodes: [
        { id: 's-a', lane: 0, title: 'Order A (10:01)', note: 'counted in window 10:00–10:05', tone: 'data' },
        { id: 'b-a', lane: 1, title: 'Order A stored', note: 'waits for the nightly run', tone: 'neutral' },
      ],
    },
    {
      time: '10:03',
      nodes: [
        { id: 's-b', lane: 0, title: 'Order B (10:03)', note: 'same window, now 2', tone: 'data' },
        { id: 'b-b', lane: 1, title: 'Order B stored', note: 'waits for the nightly run', tone: 'neutral' },
      ],
    },
    {
      time: '10:07',
      nodes: [
        { id: 's-c', lane: 0, title: 'Order C (10:07)', note: 'opens window 10:05–10:10', tone: 'data' },
        { id: 'b-c', lane: 1, title: 'Order C stored', note: 'waits for the nightly run', tone: 'neutral' },
      ],
    },
    { band: 'Watermark passes 10:05', marker: true },
    {
      time: '10:08',
      nodes: [
        {
          id: 's-emit',
          lane: 0,
          title: 'Window closes',
          note: '10:00–10:05 emitted: 2 orders',
          tone: 'data',
          text: 'The streaming job closes window 10:00–10:05 and emits its count: 2 orders',
        },
      ],
    },
    {
      time: '10:09',
      nodes: [
        {
          id: 's-late',
          lane: 0,
          title: 'Late: order D (10:04)',
          note: 'its window is closed: drop it or send a correction',
          tone: 'warn',
          text: 'Order D, which happened at 10:04, arrives late: its window is already closed, so the streaming job drops it or sends a correction',
        },
        { id: 'b-d', lane: 1, title: 'Order D stored', note: 'in time for the run', tone: 'neutral' },
      ],
    },
    { band: 'Next day', marker: true },
    {
      time: '02:00',
      nodes: [
        {
          id: 'b-run',
          lane: 1,
          title: 'Batch run',
          note: 'counts A, B, C and D: complete, hours later',
          tone: 'data',
          text: 'The nightly batch job reads the whole day and counts all four orders: a complete answer, hours later',
        },
      ],
    },
  ],
  arrows: [
    { from: 's-a', to: 's-b' },
    { from: 's-b', to: 's-c' },
    { from: 's-c', to: 's-emit' },
    { from: 'b-d', to: 'b-run' },
  ],
};
