import type { DiagramSpec, DiagramNode } from './draw';

type Step = [id: string, title: string, note: string, text: string];
const lane = (index: 0 | 1, steps: Step[]): DiagramNode[] =>
  steps.map(([id, title, note, text]) => ({ id, lane: index, title, note, text }));

const OUTBOX = lane(0, [
  [
    'outbox-write',
    'Service',
    'writes the order and an outbox row',
    'The service writes the order and an outbox row describing `OrderPlaced`',
  ],
  [
    'outbox-commit',
    'Database',
    'commits both in one transaction',
    'The database commits both rows in one local transaction, so neither exists without the other',
  ],
  [
    'outbox-relay',
    'Relay',
    'reads new outbox rows, publishes',
    'A relay reads new outbox rows and publishes each one to the broker, possibly more than once',
  ],
  [
    'outbox-topic',
    'Broker',
    'business events, versioned',
    'The topic carries business events whose fields the service designs and versions',
  ],
  [
    'outbox-consumer',
    'Consumers',
    'drop duplicates by event id',
    'Consumers drop duplicates by remembering event ids',
  ],
]);
const CDC = lane(1, [
  [
    'cdc-write',
    'Service',
    'writes the order only',
    'The service writes the order and nothing else; its code does not change',
  ],
  [
    'cdc-commit',
    'Database',
    'commits; the change goes to the log',
    'The database commits, and the row change is recorded in its write-ahead log',
  ],
  [
    'cdc-connector',
    'Connector',
    'reads the log, publishes changes',
    'A connector such as Debezium reads the log through a replication slot and publishes each row change',
  ],
  [
    'cdc-topic',
    'Broker',
    'one topic per table',
    'The topic carries one change event per row change, usually one topic per table',
  ],
  [
    'cdc-consumer',
    'Consumers',
    'depend on the table layout',
    'Consumers depend on the internal table layout, which has become an interface',
  ],
]);

/** Transactional outbox and change data capture as two sequences (/boundary/events-and-change-data-capture/#two-ways). */
export const OUTBOX_AND_CDC: DiagramSpec = {
  name: 'outbox-and-cdc',
  title: 'Transactional outbox and change data capture, step by step',
  summary:
    'Two sequences side by side, five numbered steps each, from the service writing an order to consumers reading it: ' +
    'the transactional outbox on the left, change data capture from the database log on the right.',
  caption:
    'The same order leaving the service two ways. Left: the outbox, where the service decides what the message says. Right: change data capture, where the table does.',
  lanes: ['Transactional outbox', 'Change data capture'],
  numbering: 'per-lane',
  textBy: 'lanes',
  rows: OUTBOX.map((node, i) => ({ nodes: [node, CDC[i] as DiagramNode] })),
  arrows: [OUTBOX, CDC].flatMap((steps) =>
    steps.slice(1).map((node, i) => ({ from: (steps[i] as DiagramNode).id, to: node.id })),
  ),
};
