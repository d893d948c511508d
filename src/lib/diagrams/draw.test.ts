import { describe, expect, it } from 'vitest';
import { DIAGRAMS, diagramNamed } from './catalog';
import {
  layout,
  MIN_FONT_SIZE,
  renderSvg,
  stepNumbers,
  textAlternative,
  textWidth,
  wrap,
  type DiagramSpec,
  type Scene,
  type SceneBox,
  type SceneText,
} from './draw';
import { ORDER_FLOW } from './order-flow';

/** A text's estimated box: from the cap height above the baseline to the descenders below it. */
function textBox(t: SceneText) {
  const w = textWidth(t.text, t.size, t.bold);
  const x = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - w / 2 : t.x - w;
  return { x, y: t.y - t.size * 0.8, w, h: t.size * 1.05 };
}
const inside = (
  r: { x: number; y: number; w: number; h: number },
  outer: { x: number; y: number; w: number; h: number },
) =>
  r.x >= outer.x - 0.01 &&
  r.y >= outer.y - 0.01 &&
  r.x + r.w <= outer.x + outer.w + 0.01 &&
  r.y + r.h <= outer.y + outer.h + 0.01;
const overlap = (a: SceneBox, b: SceneBox) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const onEdge = ([x, y]: [number, number], b: SceneBox) =>
  (Math.abs(y - b.y) < 0.01 ||
    Math.abs(y - b.y - b.h) < 0.01 ||
    Math.abs(x - b.x) < 0.01 ||
    Math.abs(x - b.x - b.w) < 0.01) &&
  x >= b.x - 0.01 &&
  x <= b.x + b.w + 0.01 &&
  y >= b.y - 0.01 &&
  y <= b.y + b.h + 0.01;
/** Whether an axis-parallel segment passes through a box's interior. */
function crosses([x1, y1]: [number, number], [x2, y2]: [number, number], b: SceneBox): boolean {
  const [lx, hx] = [Math.min(x1, x2), Math.max(x1, x2)];
  const [ly, hy] = [Math.min(y1, y2), Math.max(y1, y2)];
  return lx < b.x + b.w - 0.5 && hx > b.x + 0.5 && ly < b.y + b.h - 0.5 && hy > b.y + 0.5;
}

function problems(scene: Scene): string[] {
  const found: string[] = [];
  const view = { x: 0, y: 0, w: scene.width, h: scene.height };
  const byId = new Map(scene.boxes.map((b) => [b.id, b]));
  scene.boxes.forEach((a, i) => {
    if (!inside(a, view)) found.push(`box ${a.id} leaves the viewBox`);
    for (const b of scene.boxes.slice(i + 1))
      if (overlap(a, b)) found.push(`boxes ${a.id} and ${b.id} overlap`);
  });
  for (const t of scene.texts) {
    const r = textBox(t);
    if (!inside(r, view)) found.push(`text "${t.text}" leaves the viewBox`);
    const owner = t.box ? byId.get(t.box) : undefined;
    if (t.box && !owner) found.push(`text "${t.text}" belongs to a missing box`);
    if (owner && !inside(r, owner)) found.push(`text "${t.text}" spills out of box ${owner.id}`);
    if (!owner)
      for (const b of scene.boxes)
        if (overlap({ ...b, ...r, id: '', tone: 'neutral', row: 0 }, b))
          found.push(`label "${t.text}" covers box ${b.id}`);
  }
  for (const arrow of scene.arrows) {
    const from = byId.get(arrow.from);
    const to = byId.get(arrow.to);
    const first = arrow.points[0];
    const last = arrow.points.at(-1);
    if (!from || !to || !first || !last) {
      found.push(`arrow ${arrow.from} → ${arrow.to} does not join two boxes`);
      continue;
    }
    if (!onEdge(first, from)) found.push(`arrow ${arrow.from} → ${arrow.to} does not start on ${from.id}`);
    if (!onEdge(last, to)) found.push(`arrow ${arrow.from} → ${arrow.to} does not end on ${to.id}`);
    arrow.points.slice(1).forEach((p, i) => {
      const q = arrow.points[i] as [number, number];
      if (q[0] !== p[0] && q[1] !== p[1])
        found.push(`arrow ${arrow.from} → ${arrow.to} has a slanted segment`);
      for (const b of scene.boxes)
        if (crosses(q, p, b)) found.push(`arrow ${arrow.from} → ${arrow.to} crosses box ${b.id}`);
      if (
        !inside(
          {
            x: Math.min(p[0], q[0]),
            y: Math.min(p[1], q[1]),
            w: Math.abs(p[0] - q[0]),
            h: Math.abs(p[1] - q[1]),
          },
          view,
        )
      )
        found.push(`arrow ${arrow.from} → ${arrow.to} leaves the viewBox`);
    });
  }
  return found;
}

describe('every diagram of the guide', () => {
  it('has the seven diagrams issue 14 asks for, each under its own name', () => {
    expect(Object.keys(DIAGRAMS).sort()).toEqual(
      [
        'batch-and-streaming',
        'career-ladders',
        'order-flow',
        'outbox-and-cdc',
        'ownership-map',
        'team-structures',
        'tech-stacks',
      ].sort(),
    );
    for (const [name, spec] of Object.entries(DIAGRAMS)) expect(spec.name).toBe(name);
  });

  for (const spec of Object.values(DIAGRAMS)) {
    describe(spec.name, () => {
      const scene = layout(spec);
      it('lays out without overlaps, text inside the viewBox and its box, arrows joining existing boxes', () => {
        expect(problems(scene)).toEqual([]);
        expect(scene.boxes.length).toBeGreaterThan(3);
      });
      it('draws every arrow of its data', () => {
        expect(scene.arrows.map((a) => `${a.from}>${a.to}`)).toEqual(
          (spec.arrows ?? []).map((a) => `${a.from}>${a.to}`),
        );
      });
      it('uses no font smaller than the shared minimum, so phone-width text stays near 12 px', () => {
        expect(Math.min(...scene.texts.map((t) => t.size))).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
        expect(MIN_FONT_SIZE).toBeGreaterThanOrEqual(12.5);
      });
      it('says every drawn box in its text alternative, unless the box is marked as drawn only', () => {
        const text = textAlternative(spec)
          .flatMap((g) => g.items)
          .join(' ');
        for (const row of spec.rows)
          if ('nodes' in row)
            for (const node of row.nodes)
              if (!node.drawnOnly) expect(text).toContain(node.text ?? node.title);
      });
      it('is a standalone SVG document with its title and a white background', () => {
        const svg = renderSvg(scene);
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 340 [\d.]+"/);
        expect(svg).toContain(`<title>${spec.title}</title>`);
        expect(svg.match(/<text /g)?.length).toBe(scene.texts.length);
        expect(svg).not.toMatch(/<image|<script|<foreignObject|style=/);
      });
    });
  }
});

describe('the order flow', () => {
  it('holds its 14 steps once: boxes numbered 1 to 14 and a list of the same 14 sentences', () => {
    const numbers = stepNumbers(ORDER_FLOW);
    expect([...numbers.values()]).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    const groups = textAlternative(ORDER_FLOW);
    expect(groups.map((g) => [g.heading, g.start, g.items.length])).toEqual([
      ['Backend lens: takes the order', 1, 6],
      ['Data lens: counts the order', 7, 8],
    ]);
    const svg = renderSvg(layout(ORDER_FLOW));
    expect(svg).toContain('>1. Checkout request<');
    expect(svg).toContain('>14. Recommendation model<');
  });
  it('routes the branch from step 10 to step 13 round the right of steps 11 and 12', () => {
    const branch = layout(ORDER_FLOW).arrows.find((a) => a.from === 'facts' && a.to === 'features');
    expect(branch?.points).toHaveLength(4);
  });
});

const tiny = (rows: DiagramSpec['rows'], extra: Partial<DiagramSpec> = {}): DiagramSpec => ({
  name: 'tiny',
  title: 'Tiny',
  summary: 'A test diagram.',
  caption: 'A test diagram.',
  rows,
  ...extra,
});

describe('layout refuses what it cannot draw cleanly, naming the diagram', () => {
  it('an arrow to a box that does not exist', () => {
    expect(() =>
      layout(tiny([{ nodes: [{ id: 'a', title: 'A' }] }], { arrows: [{ from: 'a', to: 'b' }] })),
    ).toThrow('diagram "tiny": arrow a → b names a box that does not exist');
  });
  it('a word wider than its box', () => {
    expect(() => layout(tiny([{ nodes: [{ id: 'a', title: 'x'.repeat(60) }] }]))).toThrow(
      /diagram "tiny": the word "x+" is wider/,
    );
  });
  it('an arrow pointing upwards', () => {
    const rows = [{ nodes: [{ id: 'a', title: 'A' }] }, { nodes: [{ id: 'b', title: 'B' }] }];
    expect(() => layout(tiny(rows, { arrows: [{ from: 'b', to: 'a' }] }))).toThrow('must point downwards');
  });
  it('an arrow that would cut through a box in another lane', () => {
    const rows = [
      { nodes: [{ id: 'a', lane: 0, title: 'A' }] },
      { nodes: [{ id: 'mid', lane: 0, title: 'M' }] },
      { nodes: [{ id: 'b', lane: 1, title: 'B' }] },
    ];
    expect(() => layout(tiny(rows, { arrows: [{ from: 'a', to: 'b' }] }))).toThrow('would cross another box');
  });
  it('two boxes with one id', () => {
    expect(() =>
      layout(tiny([{ nodes: [{ id: 'a', title: 'A' }] }, { nodes: [{ id: 'a', title: 'B' }] }])),
    ).toThrow('two boxes have the id "a"');
  });
  it('numbering per lane with a list grouped by band, whose numbers would not match', () => {
    expect(() => layout(tiny([{ nodes: [{ id: 'a', title: 'A' }] }], { numbering: 'per-lane' }))).toThrow(
      'numbering per lane',
    );
  });
});

describe('wrap', () => {
  it('breaks at spaces within the width and keeps every word', () => {
    const lines = wrap('one two three four five six seven', 80, 12.5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven');
    for (const line of lines) expect(textWidth(line, 12.5)).toBeLessThanOrEqual(80);
  });
});

describe('diagramNamed', () => {
  it('names the known diagrams when asked for an unknown one', () => {
    expect(() => diagramNamed('nope')).toThrow(/no such diagram; known: order-flow, tech-stacks/);
    expect(diagramNamed('order-flow')).toBe(ORDER_FLOW);
  });
});

describe('the layout checks themselves', () => {
  it('find overlapping boxes, spilled text and arrows that miss or cut through boxes', () => {
    const box = (id: string, x: number, y: number): SceneBox => ({
      id,
      x,
      y,
      w: 100,
      h: 40,
      tone: 'neutral',
      row: 0,
    });
    const broken: Scene = {
      title: 'broken',
      width: 340,
      height: 200,
      boxes: [box('a', 10, 10), box('b', 60, 30), box('c', 10, 150)],
      texts: [
        {
          x: 12,
          y: 25,
          text: 'far too long a label for its box',
          size: 13.5,
          bold: true,
          anchor: 'start',
          color: 'ink',
          box: 'a',
        },
      ],
      rules: [],
      arrows: [
        {
          from: 'a',
          to: 'c',
          points: [
            [80, 50],
            [80, 150],
          ],
        },
        {
          from: 'a',
          to: 'c',
          points: [
            [300, 60],
            [300, 150],
          ],
        },
      ],
    };
    const found = problems(broken);
    expect(found).toContain('boxes a and b overlap');
    expect(found).toContain('text "far too long a label for its box" spills out of box a');
    expect(found).toContain('arrow a → c crosses box b');
    expect(found).toContain('arrow a → c does not start on a');
  });
});
