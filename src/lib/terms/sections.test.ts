import { describe, expect, it } from 'vitest';
import { readRendered } from './prose';
import { missingMentions, sectionTexts } from './sections';

const page = [
  '<p>Intro about pipelines.</p>',
  '<div class="sl-heading-wrapper level-h2"><h2 id="stream">Streams</h2></div>',
  '<p>Kafka carries events.</p>',
  '<h3 id="replay">Replay</h3><p>Consumers read the log again.</p>',
  '<h2 id="batch">Batch jobs</h2><p>A nightly job over <em>yesterday</em>.</p>',
].join('');

describe('sectionTexts', () => {
  it('runs from a heading to the next heading of the same or a higher level', () => {
    const sections = sectionTexts(readRendered(page));
    expect(sections.get('stream')).toContain('Kafka carries events.');
    expect(sections.get('stream')).toContain('Consumers read the log again.');
    expect(sections.get('stream')).not.toContain('nightly');
    expect(sections.get('replay')).not.toContain('Kafka');
    expect(sections.get('batch')).toContain('A nightly job over  yesterday');
    expect(sections.get('')).toContain('Intro about pipelines.');
  });

  it("counts a table's inert markup (other roles' cells) as part of its section, never as prose", () => {
    const html =
      '<h2 id="stack">Stack</h2><p>Tools by layer.</p>' +
      '<script type="text/html" data-inert="comparison-more-roles"><table><tr><td>Argo CD deploys</td></tr></table></script>';
    expect(sectionTexts(readRendered(html)).get('stack')).toContain('Argo CD deploys');
    const inert = [...readRendered(html)].filter((p) => p.kind === 'text' && p.text === 'Argo CD deploys');
    expect(inert).toEqual([{ kind: 'text', text: 'Argo CD deploys', start: -1, end: -1, prose: false }]);
  });
});

describe('missingMentions', () => {
  const sections = sectionTexts(readRendered(page));
  const expectation = (ref: string, names: string[]) => ({
    file: 'src/data/glossary.yaml',
    kind: 'term' as const,
    id: 'event',
    field: 'usedIn[0]',
    ref,
    names,
  });

  it('passes when the section mentions the name or an alias, whole words', () => {
    expect(missingMentions([expectation('/p/#stream', ['Event', 'events'])], sections)).toEqual([]);
    expect(missingMentions([expectation('/p/', ['Pipeline', 'pipelines'])], sections)).toEqual([]);
  });

  it('fails naming the file, the term, the field and the section when the mention is missing', () => {
    expect(missingMentions([expectation('/p/#batch', ['Event', 'events'])], sections)).toEqual([
      'src/data/glossary.yaml (term "event"): field `usedIn[0]`: /p/#batch does not mention "Event" or an alias (events); mention it in that section or remove the reference',
    ]);
    // "Kafka" is in the section before: a section ends at the next heading of its level.
    expect(missingMentions([expectation('/p/#replay', ['Kafka'])], sections)).toHaveLength(1);
    expect(missingMentions([expectation('/p/#batch', ['job s'])], sections)).toHaveLength(1);
  });

  it('fails when the section does not exist', () => {
    expect(missingMentions([expectation('/p/#nowhere', ['Event'])], sections)).toEqual([
      'src/data/glossary.yaml (term "event"): field `usedIn[0]`: /p/#nowhere has no heading with id "nowhere"',
    ]);
  });
});
