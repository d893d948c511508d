import type { DiagramSpec } from './draw';

/**
 * Batch and streaming over the same orders on a time axis (/differences/systems-built/#streaming-systems):
 * event-time windows closing at a watermark, one late event, and the nightly batch that sees it.
 * The watermark here trails the latest event time seen by two minutes.
 */
export const BATCH_AND_STREAMING: DiagramSpec = {
  name: 'batch-and-streaming',
  title: 'Batch and streaming on a time axis, with late data and a watermark',
  summary:
    'A time axis running down the page, with a streaming job on the left and a nightly batch job on the right. ' +
    'The streaming job counts orders in five-minute windows and closes a window when the watermark passes its end; ' +
    'order 4, placed at 10:04 but arriving at 10:09, is late for it. The batch job runs the next night and counts all four orders.',
  caption:
    'Illustrative times, not to scale. Each order shows the time it was placed (event time); the axis shows when it arrives (processing time).',
  lanes: ['Streaming job', 'Nightly batch job'],
  timeAxis: 'Arrival time',
  rows: [
    {
      time: '10:01',
      nodes: [
        {
          id: 's-1',
          lane: 0,
          title: 'Order 1 (10:01)',
          note: 'counted in window 10:00–10:05',
          tone: 'data',
          text: 'At 10:01 order 1, placed at 10:01, arrives; the streaming job counts it in the window 10:00–10:05, and the batch side stores it for the nightly run',
        },
        { id: 'b-1', lane: 1, title: 'Order 1 stored', note: 'waits for the nightly run', drawnOnly: true },
      ],
    },
    {
      time: '10:03',
      nodes: [
        {
          id: 's-2',
          lane: 0,
          title: 'Order 2 (10:03)',
          note: 'same window, now 2',
          tone: 'data',
          text: 'At 10:03 order 2 arrives and joins the same window, which now holds two orders; it is stored for the nightly run too',
        },
        { id: 'b-2', lane: 1, title: 'Order 2 stored', note: 'waits for the nightly run', drawnOnly: true },
      ],
    },
    {
      time: '10:07',
      nodes: [
        {
          id: 's-3',
          lane: 0,
          title: 'Order 3 (10:07)',
          note: 'opens window 10:05–10:10',
          tone: 'data',
          text: 'At 10:07 order 3 arrives and opens the window 10:05–10:10; it is stored for the nightly run',
        },
        { id: 'b-3', lane: 1, title: 'Order 3 stored', note: 'waits for the nightly run', drawnOnly: true },
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
          text: 'Once the watermark passes 10:05, at 10:08 the streaming job closes the window 10:00–10:05 and emits its count of two orders',
        },
      ],
    },
    {
      time: '10:09',
      nodes: [
        {
          id: 's-late',
          lane: 0,
          title: 'Late: order 4 (10:04)',
          note: 'its window is closed: drop it or send a correction',
          tone: 'warn',
          text: 'At 10:09 order 4 arrives, although it was placed at 10:04: its window is already closed, so the streaming job drops it or sends a correction',
        },
        {
          id: 'b-4',
          lane: 1,
          title: 'Order 4 stored',
          note: 'in time for the run',
          text: 'On the batch side, order 4 is simply stored and is in time for the nightly run',
        },
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
          note: 'counts orders 1 to 4: complete, hours later',
          tone: 'data',
          text: 'At 02:00 the nightly batch job reads the whole day and counts all four orders: a complete answer, hours later',
        },
      ],
    },
  ],
  arrows: [
    { from: 's-1', to: 's-2' },
    { from: 's-2', to: 's-3' },
    { from: 's-3', to: 's-emit' },
    { from: 'b-4', to: 'b-run' },
  ],
};
