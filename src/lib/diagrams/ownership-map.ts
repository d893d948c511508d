import type { DiagramSpec } from './draw';

/**
 * Who owns what from the application to the dashboard (/boundary/where-backend-ends/#ownership-map):
 * backend on the left, data on the right, shared assets across both lanes. It follows the rows of
 * the `ownership-boundary` table in the order data flows, not every row of it.
 */
export const OWNERSHIP_MAP: DiagramSpec = {
  name: 'ownership-map',
  title: 'Ownership from the application to the dashboard',
  summary:
    'A top-to-bottom map of the path from application code to a dashboard: the backend team owns the first three steps on the left, ' +
    'the data contract and the change data capture connector span both sides as shared, ' +
    'and the data team owns the last four steps on the right.',
  caption:
    'Where each asset usually sits: backend on the left, data on the right, shared boxes (dashed) across both. Companies draw the line differently; the table above gives the detail.',
  lanes: ['Backend team', 'Data team'],
  rows: [
    {
      nodes: [
        {
          id: 'code',
          lane: 0,
          title: 'Application code',
          note: 'APIs and business rules',
          tone: 'backend',
          text: 'Backend owns the application code: APIs and business rules',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'schema',
          lane: 0,
          title: 'Database schema',
          note: 'tables and migrations',
          tone: 'backend',
          text: 'Backend owns the application database schema and its migrations',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'events',
          lane: 0,
          title: 'Domain events',
          note: 'designed and versioned',
          tone: 'backend',
          text: 'Backend owns emitted domain events: it designs and versions them',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'contract',
          lane: 0,
          span: 2,
          title: 'Data contract and CDC connector',
          note: 'shared: agreed by producer and consumer',
          tone: 'shared',
          text: 'Shared: the data contract and the change data capture connector, agreed by producer and consumer',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'raw',
          lane: 1,
          title: 'Raw landing tables',
          note: 'loaded as they arrive',
          tone: 'data',
          text: 'Data owns the raw landing tables, loaded as the data arrives',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'models',
          lane: 1,
          title: 'Staging and marts',
          note: 'models with tests',
          tone: 'data',
          text: 'Data owns the staging models and warehouse marts, with their tests',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'metrics',
          lane: 1,
          title: 'Metric definitions',
          note: 'one each; the business sets meaning',
          tone: 'data',
          text: 'The data side, often analytics engineers, owns metric definitions, one per metric, while a business owner such as finance decides what each means',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'dashboard',
          lane: 1,
          title: 'Dashboards',
          note: 'read by the business',
          tone: 'data',
          text: 'The data team, or analysts, own the dashboards the business reads',
        },
      ],
    },
  ],
  arrows: [
    { from: 'code', to: 'schema' },
    { from: 'schema', to: 'events' },
    { from: 'events', to: 'contract' },
    { from: 'contract', to: 'raw' },
    { from: 'raw', to: 'models' },
    { from: 'models', to: 'metrics' },
    { from: 'metrics', to: 'dashboard' },
  ],
};
