import type { DiagramSpec } from './draw';

/** The four team structures of /choosing/team-structures/, one small picture each. */
export const TEAM_STRUCTURES: DiagramSpec = {
  name: 'team-structures',
  title: 'Four ways to organize data engineers',
  summary:
    'Four small pictures, one per structure: embedded data engineers inside product teams; ' +
    'product teams sending requests to one central data team; a data platform team serving product teams that build their own pipelines; ' +
    'and a hybrid or mesh, where a central team runs the platform and shared models while domains own their data products.',
  caption:
    'Backend-led product teams in blue, data teams in green, shared groups dashed. The sections above describe each structure.',
  rows: [
    { band: 'Embedded', aside: 'data engineers in product teams' },
    {
      nodes: [
        {
          id: 'emb-a',
          lane: 0,
          title: 'Checkout team',
          note: 'backend and data engineers',
          tone: 'backend',
          text: 'Each product team, such as checkout, has backend and data engineers working from one backlog',
        },
        {
          id: 'emb-b',
          lane: 1,
          title: 'Search team',
          note: 'backend and data engineers',
          tone: 'backend',
          drawnOnly: true,
        },
      ],
    },
    {
      nodes: [
        {
          id: 'emb-guild',
          lane: 0,
          span: 2,
          title: 'Data guild',
          note: 'a community across teams, not a team',
          tone: 'shared',
          text: 'The data engineers meet in a guild or chapter across teams, which is a community rather than a team',
        },
      ],
    },
    { band: 'Central', aside: 'one data team takes requests' },
    {
      nodes: [
        {
          id: 'cen-a',
          lane: 0,
          title: 'Product team',
          note: 'backend engineers',
          tone: 'backend',
          text: 'Product teams of backend engineers send requests',
        },
        {
          id: 'cen-b',
          lane: 1,
          title: 'Product team',
          note: 'backend engineers',
          tone: 'backend',
          drawnOnly: true,
        },
      ],
    },
    {
      nodes: [
        {
          id: 'cen-team',
          lane: 0,
          span: 2,
          title: 'Central data team',
          note: 'warehouse, ingestion, core models; an intake queue',
          tone: 'data',
          text: 'One central data team owns the warehouse, ingestion, and core models and works through an intake queue',
        },
      ],
    },
    { band: 'Platform', aside: 'self-serve tooling' },
    {
      nodes: [
        {
          id: 'plat-team',
          lane: 0,
          span: 2,
          title: 'Data platform team',
          note: 'ingestion, orchestration, catalog',
          tone: 'data',
          text: 'A data platform team builds and runs ingestion, orchestration, and the catalog as a product',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'plat-a',
          lane: 0,
          title: 'Product team',
          note: 'builds its own pipelines',
          tone: 'backend',
          text: 'Product teams build their own pipelines and models on that platform',
        },
        {
          id: 'plat-b',
          lane: 1,
          title: 'Product team',
          note: 'builds its own pipelines',
          tone: 'backend',
          drawnOnly: true,
        },
      ],
    },
    { band: 'Hybrid or mesh', aside: 'hub and domains' },
    {
      nodes: [
        {
          id: 'hyb-hub',
          lane: 0,
          span: 2,
          title: 'Central team',
          note: 'platform and company-wide models',
          tone: 'data',
          text: 'A central team keeps the platform and company-wide models such as revenue',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'hyb-a',
          lane: 0,
          title: 'Domain team',
          note: 'owns its data products',
          tone: 'shared',
          text: 'Domain teams, backend and data engineers together, own their data as products',
        },
        {
          id: 'hyb-b',
          lane: 1,
          title: 'Domain team',
          note: 'owns its data products',
          tone: 'shared',
          drawnOnly: true,
        },
      ],
    },
  ],
  arrows: [
    { from: 'cen-a', to: 'cen-team' },
    { from: 'cen-b', to: 'cen-team' },
    { from: 'plat-team', to: 'plat-a' },
    { from: 'plat-team', to: 'plat-b' },
    { from: 'hyb-hub', to: 'hyb-a' },
    { from: 'hyb-hub', to: 'hyb-b' },
  ],
};
