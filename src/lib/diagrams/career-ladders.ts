import type { DiagramSpec } from './draw';

/** The backend and data engineering ladders side by side (/careers/career-ladders/), with the scope at each level. */
export const CAREER_LADDERS: DiagramSpec = {
  name: 'career-ladders',
  title: 'The backend and data engineering career ladders side by side',
  summary:
    'Two ladders of four levels each, climbing down the page: backend engineer to principal on the left, ' +
    'data engineer to principal on the right, with the scope each level owns.',
  caption:
    'A typical shape, not any one company’s ladder. Management tracks branch off after senior on both sides.',
  lanes: ['Backend', 'Data engineering'],
  textBy: 'lanes',
  rows: [
    {
      nodes: [
        { id: 'be-1', lane: 0, title: 'Engineer', note: 'a feature or endpoint', tone: 'backend' },
        { id: 'de-1', lane: 1, title: 'Data engineer', note: 'a pipeline or set of models', tone: 'data' },
      ],
    },
    {
      nodes: [
        { id: 'be-2', lane: 0, title: 'Senior', note: 'a service or product area', tone: 'backend' },
        { id: 'de-2', lane: 1, title: 'Senior', note: 'a domain’s data, end to end', tone: 'data' },
      ],
    },
    {
      nodes: [
        {
          id: 'be-3',
          lane: 0,
          title: 'Staff or architect',
          note: 'several services or a domain',
          tone: 'backend',
        },
        {
          id: 'de-3',
          lane: 1,
          title: 'Staff or platform lead',
          note: 'the shared data platform',
          tone: 'data',
        },
      ],
    },
    {
      nodes: [
        {
          id: 'be-4',
          lane: 0,
          title: 'Principal',
          note: 'the architecture of an organization',
          tone: 'backend',
        },
        { id: 'de-4', lane: 1, title: 'Principal', note: 'the organization’s data strategy', tone: 'data' },
      ],
    },
  ],
  arrows: [
    { from: 'be-1', to: 'be-2' },
    { from: 'be-2', to: 'be-3' },
    { from: 'be-3', to: 'be-4' },
    { from: 'de-1', to: 'de-2' },
    { from: 'de-2', to: 'de-3' },
    { from: 'de-3', to: 'de-4' },
  ],
};
