import type { DiagramSpec, DiagramNodeRow, DiagramRow } from './draw';

/** One layer: the band's name, then what each role reaches for there. */
function layer(id: string, name: string, backend: [string, string], data: [string, string]): DiagramRow[] {
  const row: DiagramNodeRow = {
    nodes: [
      { id: `${id}-backend`, lane: 0, title: backend[0], note: backend[1], tone: 'backend' },
      { id: `${id}-data`, lane: 1, title: data[0], note: data[1], tone: 'data' },
    ],
  };
  return [{ band: name }, row];
}

/** The two stacks layer by layer (/differences/technology-stacks/#layer-by-layer), following the page's sections. */
export const TECH_STACKS: DiagramSpec = {
  name: 'tech-stacks',
  title: 'The backend and data engineering stacks, layer by layer',
  summary:
    'Seven layers, each with the backend stack on the left and the data engineering stack on the right: ' +
    'languages, frameworks and engines, storage, messaging, orchestration, infrastructure, and monitoring.',
  caption:
    'Typical examples at each layer, not recommendations; the table above lists more roles and tools. Backend on the left, data engineering on the right.',
  lanes: ['Backend', 'Data engineering'],
  rows: [
    ...layer(
      'languages',
      'Languages',
      ['Java, Go, Node.js', 'long-running services'],
      ['SQL, Python, Scala', 'queries over whole tables'],
    ),
    ...layer(
      'frameworks',
      'Frameworks and engines',
      ['Spring Boot, Django', 'call your code per request'],
      ['Spark, dbt', 'plan work over a dataset'],
    ),
    ...layer(
      'storage',
      'Storage',
      ['PostgreSQL, Redis', 'rows read and written fast'],
      ['Warehouse and lake', 'columns scanned in bulk'],
    ),
    ...layer(
      'messaging',
      'Messaging',
      ['Kafka, job queues', 'decouple services'],
      ['Kafka, Kinesis', 'a source to land and replay'],
    ),
    ...layer(
      'orchestration',
      'Orchestration',
      ['Kubernetes', 'keeps services running'],
      ['Airflow', 'runs task graphs per interval'],
    ),
    ...layer(
      'infrastructure',
      'Infrastructure',
      ['Docker, load balancers', 'serve live traffic'],
      ['Object storage, clusters', 'store and compute in bulk'],
    ),
    ...layer(
      'monitoring',
      'Monitoring',
      ['Latency, errors, traces', 'is the service healthy?'],
      ['Freshness, volume, tests', 'can the table be trusted?'],
    ),
  ],
};
