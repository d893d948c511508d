/**
 * The guide's one way of drawing a diagram: typed data (a `DiagramSpec`) laid out as boxes in
 * lanes and rows with arrows between them (`layout`), written as an SVG document in one shared
 * style (`renderSvg`), and read back as the text alternative the page shows beside the image
 * (`textAlternative`). Every diagram's words live once, in its spec.
 *
 * Why typed data in TypeScript rather than YAML with a schema: a diagram is drawn by code and its
 * arrows name boxes of the same spec, so the compiler and the layout checks (unknown box, arrow
 * that cannot be routed, word wider than its box) are the validation; a YAML file would need a
 * collection, a schema and a second reader for the SVG route, for data no one edits outside code.
 *
 * Why a narrow, top-to-bottom layout: the image is 340 units wide and shown at most 30rem wide, so
 * on a 360 px phone it is drawn at about 0.96 scale and the smallest text (12.5 units) stays near
 * 12 px. Lanes sit side by side only where their words fit; long flows stack downwards.
 *
 * The SVG carries its colours as presentation attributes: an image cannot see the page's styles or
 * theme, so the dark theme inverts it in CSS (components/Diagram.astro).
 */

export type Tone = 'neutral' | 'backend' | 'data' | 'shared' | 'warn';

export interface DiagramNode {
  /** Unique in the diagram; arrows name it. */
  id: string;
  /** Column index, from 0. */
  lane?: number;
  /** How many lanes the box covers, from `lane` rightwards. */
  span?: number;
  /** Bold first line(s) of the box. */
  title: string;
  /** Smaller line(s) under the title. */
  note?: string;
  tone?: Tone;
  /**
   * The node's entry in the text alternative when title and note are too terse to read alone.
   * Text between backticks is shown as code.
   */
  text?: string;
  /** Drawn, but left out of the text alternative and the numbering: the entry before says it already. */
  drawnOnly?: boolean;
}

/** A heading across all lanes that starts a group; `marker` draws a dashed rule instead: a moment on the time axis. */
export interface DiagramBand {
  band: string;
  aside?: string;
  marker?: boolean;
}
export interface DiagramNodeRow {
  nodes: DiagramNode[];
  /** A label on the time axis for this row (only with `timeAxis`). */
  time?: string;
}
export type DiagramRow = DiagramBand | DiagramNodeRow;

export interface DiagramArrow {
  from: string;
  to: string;
}

export interface DiagramSpec {
  /** File name of the image (`/diagrams/<name>.svg`) and the figure's permanent id. */
  name: string;
  /** Short name of the figure, the SVG's own title. */
  title: string;
  /** The image's alt text: what the picture shows, in a sentence or two. */
  summary: string;
  /** The visible caption under the image. */
  caption: string;
  /** Column headings; omit for a single unnamed column. */
  lanes?: string[];
  /** Draws a time axis down the left edge, with each row's `time`; the string names the axis. */
  timeAxis?: string;
  /** Step numbers in boxes and list: in reading order, restarting in each lane, or none. */
  numbering?: 'in-order' | 'per-lane' | 'none';
  /** How the text alternative is grouped: at each band (default), or one list per lane. */
  textBy?: 'bands' | 'lanes';
  rows: DiagramRow[];
  arrows?: DiagramArrow[];
}

// ---------------------------------------------------------------------------------------------
// Shared style

/** Light-theme palette; every text colour has at least 4.5:1 contrast on every box fill. */
export const PALETTE = {
  page: '#ffffff',
  ink: '#17181c',
  muted: '#44474f',
  accent: '#1f5aa8',
  rule: '#888b96',
  fills: {
    neutral: { fill: '#f6f6f6', stroke: '#888b96' },
    backend: { fill: '#e6eefb', stroke: '#1f5aa8' },
    data: { fill: '#e5f3e9', stroke: '#1e7340' },
    shared: { fill: '#f1e9f9', stroke: '#6b3fa0' },
    warn: { fill: '#fdecea', stroke: '#b3261e' },
  } satisfies Record<Tone, { fill: string; stroke: string }>,
} as const;

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
export const WIDTH = 340;
export const SIZES = { title: 13.5, note: 12.5, band: 15, lane: 13, time: 12.5 } as const;
/** The smallest font size any diagram uses, in SVG units. */
export const MIN_FONT_SIZE = Math.min(...Object.values(SIZES));

const MARGIN = 8;
const LANE_GAP = 10;
const ROW_GAP = 22;
const BAND_GAP = 10;
const PAD_X = 8;
const PAD_Y = 7;
const TITLE_LINE = 17;
const NOTE_LINE = 15.5;
const BAND_H = 40;
const MARKER_H = 30;
const LANE_HEAD_H = 30;
const AXIS_W = 50;
const GUTTER = 22;
const HEAD = 7; // arrowhead length

// ---------------------------------------------------------------------------------------------
// Measuring text without a browser

/**
 * Advance widths in em, close to DejaVu Sans, the widest common fallback of the font stack; other
 * system fonts are narrower, so text that fits here fits there. The browser test measures the
 * real boxes.
 */
const NARROW = new Set([..."iljtf.,:;'|!()[] /"]);
const WIDE = new Set([...'mwMW@%']);
function charWidth(ch: string): number {
  if (NARROW.has(ch)) return ch === 't' || ch === 'f' || ch === ' ' ? 0.36 : 0.32;
  if (WIDE.has(ch)) return 0.98;
  if (ch === 'r') return 0.42;
  if (ch === 's' || ch === 'z' || ch === 'c') return 0.56;
  if (/[A-Z]/.test(ch)) return 0.74;
  return 0.64;
}
/** Estimated width of a line of text at a size; bold text runs about a tenth wider. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * size * (bold ? 1.1 : 1);
}

/** Greedy word wrap; a single word wider than the line is an error, since it would spill out. */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (textWidth(word, size, bold) > width)
      throw new Error(`the word "${word}" is wider than its box (${Math.round(width)} units); shorten it`);
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Layout: spec → scene of positioned shapes

export interface SceneBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  tone: Tone;
  row: number;
}
export interface SceneText {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  bold: boolean;
  anchor: 'start' | 'middle' | 'end';
  color: 'ink' | 'muted' | 'accent';
  /** The box this text must stay inside, if any. */
  box?: string;
}
export interface SceneRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  dashed: boolean;
  color: 'accent' | 'rule';
}
export interface SceneArrow {
  from: string;
  to: string;
  /** The path, from a point on the source box's edge to a point on the target box's edge. */
  points: [number, number][];
}
export interface Scene {
  title: string;
  width: number;
  height: number;
  boxes: SceneBox[];
  texts: SceneText[];
  rules: SceneRule[];
  arrows: SceneArrow[];
}

const isBand = (row: DiagramRow): row is DiagramBand => 'band' in row;

/** The step number of each numbered node, by id, in the order the spec asks for. */
export function stepNumbers(spec: DiagramSpec): Map<string, number> {
  const numbers = new Map<string, number>();
  if (!spec.numbering || spec.numbering === 'none') return numbers;
  const perLane = new Map<number, number>();
  let next = 1;
  for (const row of spec.rows) {
    if (isBand(row)) continue;
    for (const node of row.nodes) {
      if (node.drawnOnly) continue;
      if (spec.numbering === 'in-order') numbers.set(node.id, next++);
      else {
        const lane = node.lane ?? 0;
        const n = (perLane.get(lane) ?? 0) + 1;
        perLane.set(lane, n);
        numbers.set(node.id, n);
      }
    }
  }
  return numbers;
}

function laneCount(spec: DiagramSpec): number {
  let n = spec.lanes?.length ?? 1;
  for (const row of spec.rows)
    if (!isBand(row)) for (const node of row.nodes) n = Math.max(n, (node.lane ?? 0) + (node.span ?? 1));
  return n;
}

/** Lays a diagram out; throws, naming the diagram, when something cannot be drawn cleanly. */
export function layout(spec: DiagramSpec): Scene {
  try {
    const first = place(spec, false);
    return first.needsGutter ? place(spec, true).scene : first.scene;
  } catch (error) {
    throw new Error(`diagram "${spec.name}": ${(error as Error).message}`);
  }
}

function place(spec: DiagramSpec, gutter: boolean): { scene: Scene; needsGutter: boolean } {
  const lanes = laneCount(spec);
  if (spec.numbering === 'per-lane' && spec.textBy !== 'lanes')
    throw new Error(
      'numbering per lane needs textBy: lanes, or the list numbers would differ from the boxes',
    );
  if (spec.lanes && spec.lanes.length !== lanes)
    throw new Error(`${spec.lanes.length} lane headings for ${lanes} lanes`);
  const left = MARGIN + (spec.timeAxis ? AXIS_W : 0);
  const right = WIDTH - MARGIN - (gutter ? GUTTER : 0);
  const laneW = (right - left - (lanes - 1) * LANE_GAP) / lanes;
  const laneX = (lane: number) => left + lane * (laneW + LANE_GAP);
  const numbers = stepNumbers(spec);

  const boxes: SceneBox[] = [];
  const texts: SceneText[] = [];
  const rules: SceneRule[] = [];
  let y = MARGIN;
  if (spec.timeAxis) {
    if (textWidth(spec.timeAxis, SIZES.time, true) > WIDTH - 2 * MARGIN)
      throw new Error('time axis label is too long');
    texts.push({
      x: MARGIN,
      y: y + 13,
      text: spec.timeAxis,
      size: SIZES.time,
      bold: true,
      anchor: 'start',
      color: 'muted',
    });
    y += 20;
  }
  const axisTop = y;

  if (spec.lanes) {
    spec.lanes.forEach((heading, i) => {
      const lines = wrap(heading, laneW, SIZES.lane, true);
      lines.forEach((line, j) =>
        texts.push({
          x: laneX(i) + laneW / 2,
          y: y + 14 + j * 16,
          text: line,
          size: SIZES.lane,
          bold: true,
          anchor: 'middle',
          color: 'accent',
        }),
      );
    });
    const lines = Math.max(...spec.lanes.map((h) => wrap(h, laneW, SIZES.lane, true).length));
    const ruleY = y + LANE_HEAD_H - 8 + (lines - 1) * 16;
    for (let i = 0; i < lanes; i++)
      rules.push({
        x1: laneX(i),
        y1: ruleY,
        x2: laneX(i) + laneW,
        y2: ruleY,
        dashed: false,
        color: 'accent',
      });
    y += LANE_HEAD_H + (lines - 1) * 16;
  }

  spec.rows.forEach((row, rowIndex) => {
    if (isBand(row)) {
      if (row.marker) {
        texts.push({
          x: left,
          y: y + 13,
          text: row.band,
          size: SIZES.note,
          bold: true,
          anchor: 'start',
          color: 'accent',
        });
        if (textWidth(row.band, SIZES.note, true) > right - left)
          throw new Error(`marker "${row.band}" is too long`);
        rules.push({ x1: left, y1: y + 20, x2: right, y2: y + 20, dashed: true, color: 'accent' });
        y += MARKER_H;
        return;
      }
      const full = WIDTH - 2 * MARGIN;
      const titleW = textWidth(row.band, SIZES.band, true);
      if (titleW > full) throw new Error(`band "${row.band}" is too long`);
      texts.push({
        x: MARGIN,
        y: y + 20,
        text: row.band,
        size: SIZES.band,
        bold: true,
        anchor: 'start',
        color: 'accent',
      });
      let height = BAND_H;
      if (row.aside) {
        const asideW = textWidth(row.aside, SIZES.note);
        if (asideW > full) throw new Error(`band aside "${row.aside}" is too long`);
        const sameLine = titleW + 12 + asideW <= full;
        if (!sameLine) height += 16;
        texts.push({
          x: sameLine ? WIDTH - MARGIN : MARGIN,
          y: sameLine ? y + 20 : y + 37,
          text: row.aside,
          size: SIZES.note,
          bold: false,
          anchor: sameLine ? 'end' : 'start',
          color: 'muted',
        });
      }
      rules.push({
        x1: MARGIN,
        y1: y + height - 12,
        x2: WIDTH - MARGIN,
        y2: y + height - 12,
        dashed: false,
        color: 'accent',
      });
      y += height;
      return;
    }

    const measured = row.nodes.map((node) => {
      const lane = node.lane ?? 0;
      const span = node.span ?? 1;
      const w = span * laneW + (span - 1) * LANE_GAP;
      const number = numbers.get(node.id);
      const title = number === undefined ? node.title : `${number}. ${node.title}`;
      const titleLines = wrap(title, w - 2 * PAD_X, SIZES.title, true);
      const noteLines = node.note ? wrap(node.note, w - 2 * PAD_X, SIZES.note) : [];
      const h = 2 * PAD_Y + titleLines.length * TITLE_LINE + noteLines.length * NOTE_LINE + 2;
      return { node, x: laneX(lane), w, titleLines, noteLines, h };
    });
    const rowH = Math.max(...measured.map((m) => m.h));
    for (const m of measured) {
      boxes.push({
        id: m.node.id,
        x: m.x,
        y,
        w: m.w,
        h: rowH,
        tone: m.node.tone ?? 'neutral',
        row: rowIndex,
      });
      let baseline = y + PAD_Y + 13;
      for (const line of m.titleLines) {
        texts.push({
          x: m.x + PAD_X,
          y: baseline,
          text: line,
          size: SIZES.title,
          bold: true,
          anchor: 'start',
          color: 'ink',
          box: m.node.id,
        });
        baseline += TITLE_LINE;
      }
      baseline += 1;
      for (const line of m.noteLines) {
        texts.push({
          x: m.x + PAD_X,
          y: baseline - 1,
          text: line,
          size: SIZES.note,
          bold: false,
          anchor: 'start',
          color: 'muted',
          box: m.node.id,
        });
        baseline += NOTE_LINE;
      }
    }
    if (row.time !== undefined) {
      if (!spec.timeAxis) throw new Error(`row time "${row.time}" without a timeAxis`);
      if (textWidth(row.time, SIZES.time) > AXIS_W - 12) throw new Error(`time "${row.time}" is too long`);
      texts.push({
        x: left - 10,
        y: y + PAD_Y + 13,
        text: row.time,
        size: SIZES.time,
        bold: false,
        anchor: 'end',
        color: 'ink',
      });
      rules.push({
        x1: left - 8,
        y1: y + PAD_Y + 9,
        x2: left - 3,
        y2: y + PAD_Y + 9,
        dashed: false,
        color: 'rule',
      });
    }
    // Arrows need the full gap; before a heading band a smaller one keeps groups together.
    const next = spec.rows[rowIndex + 1];
    y += rowH + (next && isBand(next) && !next.marker ? BAND_GAP : ROW_GAP);
  });

  const height = y - ROW_GAP + MARGIN;
  if (spec.timeAxis) {
    const axisX = left - 3;
    rules.push({ x1: axisX, y1: axisTop, x2: axisX, y2: height - MARGIN, dashed: false, color: 'rule' });
  }

  const byId = new Map<string, SceneBox>();
  for (const box of boxes) {
    if (byId.has(box.id)) throw new Error(`two boxes have the id "${box.id}"`);
    byId.set(box.id, box);
  }
  let needsGutter = false;
  const arrows: SceneArrow[] = [];
  for (const arrow of spec.arrows ?? []) {
    const a = byId.get(arrow.from);
    const b = byId.get(arrow.to);
    if (!a || !b) throw new Error(`arrow ${arrow.from} → ${arrow.to} names a box that does not exist`);
    const points = route(a, b, boxes, gutter ? right + GUTTER / 2 : undefined, right);
    if (points === 'gutter') {
      needsGutter = true;
      continue;
    }
    arrows.push({ from: a.id, to: b.id, points });
  }
  if (needsGutter && gutter) throw new Error('an arrow needs the gutter twice');
  return { scene: { title: spec.title, width: WIDTH, height, boxes, texts, rules, arrows }, needsGutter };
}

/** Whether a vertical line at x from y1 to y2 passes through a box other than a and b. */
function blocked(x: number, y1: number, y2: number, boxes: SceneBox[], a: SceneBox, b: SceneBox): boolean {
  return boxes.some(
    (c) => c !== a && c !== b && x > c.x - 2 && x < c.x + c.w + 2 && c.y < y2 && c.y + c.h > y1,
  );
}

function route(
  a: SceneBox,
  b: SceneBox,
  boxes: SceneBox[],
  gutterX: number | undefined,
  right: number,
): [number, number][] | 'gutter' {
  const aBottom = a.y + a.h;
  if (a.row === b.row) {
    if (b.x <= a.x + a.w) throw new Error(`arrow ${a.id} → ${b.id} in one row must point rightwards`);
    const cy = a.y + Math.min(a.h, b.h) / 2;
    return [
      [a.x + a.w, cy],
      [b.x, cy],
    ];
  }
  if (b.y <= aBottom) throw new Error(`arrow ${a.id} → ${b.id} must point downwards`);
  const lo = Math.max(a.x, b.x);
  const hi = Math.min(a.x + a.w, b.x + b.w);
  if (hi - lo > 20) {
    const cx = (lo + hi) / 2;
    if (!blocked(cx, aBottom, b.y, boxes, a, b))
      return [
        [cx, aBottom],
        [cx, b.y],
      ];
    // Blocked in its own column: go round on the right, if both boxes reach the right edge.
    if (Math.abs(a.x + a.w - right) > 1 || Math.abs(b.x + b.w - right) > 1)
      throw new Error(`arrow ${a.id} → ${b.id} is blocked and cannot use the gutter`);
    if (gutterX === undefined) return 'gutter';
    const ay = a.y + a.h / 2;
    const by = b.y + b.h / 2;
    return [
      [a.x + a.w, ay],
      [gutterX, ay],
      [gutterX, by],
      [b.x + b.w, by],
    ];
  }
  const ax = a.x + a.w / 2;
  const bx = b.x + b.w / 2;
  const midY = b.y - ROW_GAP / 2;
  if (blocked(ax, aBottom, midY, boxes, a, b) || blocked(bx, midY, b.y, boxes, a, b))
    throw new Error(`arrow ${a.id} → ${b.id} would cross another box`);
  return [
    [ax, aBottom],
    [ax, midY],
    [bx, midY],
    [bx, b.y],
  ];
}

// ---------------------------------------------------------------------------------------------
// SVG

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (value: number) => String(Math.round(value * 10) / 10);
const COLORS = { ink: PALETTE.ink, muted: PALETTE.muted, accent: PALETTE.accent, rule: PALETTE.rule };

function arrowSvg(points: [number, number][]): string {
  const [x2, y2] = points[points.length - 1] ?? [0, 0];
  const [x1, y1] = points[points.length - 2] ?? [0, 0];
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  // The line stops where the head begins, so the head's tip, not the line's end, touches the box.
  const line = points.map(([x, y], i) => (i === points.length - 1 ? [x - ux * HEAD, y - uy * HEAD] : [x, y]));
  const d = line.map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${n(x ?? 0)} ${n(y ?? 0)}`).join(' ');
  const bx = x2 - ux * (HEAD + 1);
  const by = y2 - uy * (HEAD + 1);
  const head = `M ${n(x2)} ${n(y2)} L ${n(bx - uy * 5)} ${n(by + ux * 5)} L ${n(bx + uy * 5)} ${n(by - ux * 5)} Z`;
  return `<path d="${d}" fill="none" stroke="${PALETTE.accent}" stroke-width="2"/><path d="${head}" fill="${PALETTE.accent}"/>`;
}

/** The scene as a standalone SVG document. */
export function renderSvg(scene: Scene): string {
  const parts: string[] = [
    `<title>${escapeXml(scene.title)}</title>`,
    `<rect width="100%" height="100%" fill="${PALETTE.page}"/>`,
  ];
  for (const r of scene.rules)
    parts.push(
      `<line x1="${n(r.x1)}" y1="${n(r.y1)}" x2="${n(r.x2)}" y2="${n(r.y2)}" stroke="${COLORS[r.color]}" stroke-width="${r.dashed ? 1.5 : 2}"${r.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
  for (const b of scene.boxes) {
    const { fill, stroke } = PALETTE.fills[b.tone];
    parts.push(
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="6" fill="${fill}" stroke="${stroke}"${b.tone === 'shared' ? ' stroke-dasharray="6 4" stroke-width="1.5"' : ''}/>`,
    );
  }
  for (const a of scene.arrows) parts.push(arrowSvg(a.points));
  for (const t of scene.texts) {
    const anchor = t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`;
    const weight = t.bold ? ' font-weight="700"' : '';
    parts.push(
      `<text x="${n(t.x)}" y="${n(t.y)}" font-size="${t.size}"${weight}${anchor} fill="${COLORS[t.color]}">${escapeXml(t.text)}</text>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${scene.width} ${n(scene.height)}" width="${scene.width}" height="${n(scene.height)}" font-family="${FONT_FAMILY.replace(/"/g, '&quot;')}" role="img">${parts.join('')}</svg>\n`;
}

// ---------------------------------------------------------------------------------------------
// Text alternative: the same data as lists

export interface TextGroup {
  heading?: string;
  ordered: boolean;
  /** The number of the first item, for ordered lists that continue across groups. */
  start: number;
  items: string[];
}

/**
 * One entry: the node's own sentence, or "Lane: title — note" (the lane only where the list does not
 * group by lane). A row on a time axis has no entry of its own for its time, so its nodes need a
 * sentence that says when: a time glued to a sentence would read as one run-on line.
 */
function entry(spec: DiagramSpec, node: DiagramNode, time: string | undefined, byLane: boolean): string {
  if (time !== undefined && !node.text)
    throw new Error(
      `diagram "${spec.name}": box "${node.id}" sits on the time axis, so it needs a text saying when`,
    );
  const lane = (node.span ?? 1) === 1 && !byLane && !node.text ? spec.lanes?.[node.lane ?? 0] : undefined;
  const base = node.text ?? `${node.title}${node.note ? ` — ${node.note}` : ''}`;
  const sentence = /[.!?]$/.test(base) ? base : `${base}.`;
  return `${lane ? `${lane}: ` : ''}${sentence}`;
}

/** The diagram's content as lists, grouped as the spec says, in reading order. */
export function textAlternative(spec: DiagramSpec): TextGroup[] {
  const numbers = stepNumbers(spec);
  const ordered = numbers.size > 0;
  if (spec.textBy === 'lanes') {
    return (spec.lanes ?? ['']).map((heading, lane) => {
      const items: string[] = [];
      for (const row of spec.rows)
        if (!isBand(row))
          for (const node of row.nodes)
            if ((node.lane ?? 0) === lane && !node.drawnOnly) items.push(entry(spec, node, row.time, true));
      return { heading, ordered, start: 1, items };
    });
  }
  const groups: TextGroup[] = [];
  let current: TextGroup = { ordered, start: 1, items: [] };
  let count = 0;
  for (const row of spec.rows) {
    // A time marker has no entry: the sentences of the boxes on the time axis say when.
    if (isBand(row)) {
      if (row.marker) continue;
      if (current.items.length > 0 || current.heading) groups.push(current);
      current = {
        heading: row.aside ? `${row.band}: ${row.aside}` : row.band,
        ordered,
        start: count + 1,
        items: [],
      };
    } else
      for (const node of row.nodes)
        if (!node.drawnOnly) {
          current.items.push(entry(spec, node, row.time, false));
          count++;
        }
  }
  groups.push(current);
  return groups.filter((g) => g.items.length > 0);
}
