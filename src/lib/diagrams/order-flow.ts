/**
 * The worked example's order flow as an SVG document: one order through the checkout service and
 * then the data pipeline, top to bottom in a narrow viewBox so every label stays readable at phone
 * width. Served as an image (src/pages/diagrams/order-flow.svg.ts), not inline: text browsers and
 * screen readers then meet the figure's text alternative instead of its labels run together.
 * Colours are presentation attributes (an image has no access to the page's styles); the dark theme
 * inverts the image (src/components/OrderFlowDiagram.astro).
 */

export interface FlowStep {
  label: string;
  note: string;
  /** Draw an arrow from the previous box (default) or not. */
  fromPrevious?: boolean;
}

export const BACKEND_STEPS: FlowStep[] = [
  { label: '1. Checkout request', note: 'POST /orders with an idempotency key' },
  { label: '2. Validate the order', note: 'prices, stock, address, signed-in user' },
  { label: '3. Authorize the payment', note: 'order saved as pending; same key on retry' },
  { label: '4. One database transaction', note: 'order marked paid, plus an outbox row' },
  { label: '5. Answer the customer', note: 'inside the checkout latency budget' },
  { label: '6. Publish OrderPlaced', note: 'outbox relay; the email service listens' },
];

export const DATA_STEPS: FlowStep[] = [
  { label: '7. Land in the raw zone', note: 'append-only, partitioned by date' },
  { label: '8. Deduplicate', note: 'keep one row per event_id' },
  { label: '9. Staging model', note: 'rename, cast, map status values' },
  { label: '10. fct_orders, dim_customers', note: 'tested: unique, not null, accepted values' },
  { label: '11. Daily revenue model', note: 'fresh before the finance stand-up' },
  { label: '12. Finance dashboard', note: 'shows when its data was last loaded' },
  { label: '13. Customer features', note: 'from the order facts, point in time', fromPrevious: false },
  { label: '14. Recommendation model', note: 'trains and serves on those features' },
];

/** What the figure shows, in words: the image's text alternative. */
export const ORDER_FLOW_ALT =
  'A vertical flow in two parts. Backend lens: the customer sends a checkout request with an idempotency key; ' +
  'the service validates it, saves the order as pending, authorizes the payment, marks the order paid and ' +
  'writes an outbox row in one transaction, answers the customer, and publishes an OrderPlaced event that ' +
  'the email service also consumes. The event, or change data capture of the orders table, is the handoff. ' +
  'Data lens: records land in an append-only raw zone, are deduplicated by event id, cleaned in a staging ' +
  'model, and shaped into an orders fact table and a customer dimension. From there one branch builds the ' +
  'daily revenue model and the finance dashboard, and another builds customer features for a recommendation model.';

// Light-theme colours with at least 4.5:1 contrast for text on its background.
const INK = '#17181c';
const MUTED = '#44474f';
const BOX = '#f6f6f6';
const RULE = '#888b96';
const ACCENT = '#1f5aa8';
const ACCENT_BG = '#e3edfa';

const WIDTH = 340;
const BOX_X = 10;
const BOX_W = 290; // leaves a gutter on the right for the branch line
const BOX_H = 48;
const GAP = 20; // vertical space for an arrow between boxes
const HEADER_H = 34;
const HANDOFF_H = 44;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface Drawing {
  svg: string;
  width: number;
  height: number;
}

export function orderFlowSvg(): Drawing {
  const parts: string[] = [];
  const centerX = BOX_X + BOX_W / 2;
  const text = (x: number, y: number, content: string, attrs: string) =>
    parts.push(`<text x="${x}" y="${y}" ${attrs}>${escape(content)}</text>`);
  const arrow = (fromY: number, toY: number) =>
    parts.push(
      `<path d="M ${centerX} ${fromY} V ${toY - 7}" fill="none" stroke="${ACCENT}" stroke-width="2"/>`,
      `<path d="M ${centerX - 5} ${toY - 8} L ${centerX} ${toY - 1} L ${centerX + 5} ${toY - 8} Z" fill="${ACCENT}"/>`,
    );
  const laneHeader = (y: number, title: string, aside: string) => {
    text(BOX_X, y + 20, title, `fill="${ACCENT}" font-size="15" font-weight="700"`);
    text(WIDTH - BOX_X, y + 20, aside, `fill="${MUTED}" font-size="13" text-anchor="end"`);
    parts.push(
      `<line x1="${BOX_X}" x2="${WIDTH - BOX_X}" y1="${y + 28}" y2="${y + 28}" stroke="${ACCENT}" stroke-width="2"/>`,
    );
  };
  const boxes = (steps: FlowStep[], top: number) =>
    steps.map((step, i) => {
      const y = top + i * (BOX_H + GAP);
      parts.push(
        `<rect x="${BOX_X}" y="${y}" width="${BOX_W}" height="${BOX_H}" rx="6" fill="${BOX}" stroke="${RULE}"/>`,
      );
      text(BOX_X + 12, y + 20, step.label, `fill="${INK}" font-size="14" font-weight="600"`);
      text(BOX_X + 12, y + 38, step.note, `fill="${MUTED}" font-size="12.5"`);
      if (i > 0 && step.fromPrevious !== false) arrow(y - GAP, y);
      return y;
    });

  let y = 8;
  laneHeader(y, 'Backend lens', 'takes the order');
  y += HEADER_H;
  const backendYs = boxes(BACKEND_STEPS, y);
  y += BACKEND_STEPS.length * (BOX_H + GAP);
  const handoffY = y;
  arrow((backendYs.at(-1) ?? 0) + BOX_H, handoffY);
  parts.push(
    `<rect x="${BOX_X}" y="${handoffY}" width="${WIDTH - 2 * BOX_X}" height="${HANDOFF_H}" rx="6" fill="${ACCENT_BG}" stroke="${ACCENT}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
  );
  text(
    WIDTH / 2,
    handoffY + 19,
    'Handoff between the teams',
    `fill="${ACCENT}" font-size="14" font-weight="700" text-anchor="middle"`,
  );
  text(
    WIDTH / 2,
    handoffY + 36,
    'the OrderPlaced event, or CDC of orders',
    `fill="${ACCENT}" font-size="12.5" text-anchor="middle"`,
  );
  y += HANDOFF_H + GAP;
  laneHeader(y, 'Data lens', 'counts the order');
  y += HEADER_H;
  arrow(handoffY + HANDOFF_H, y);
  const dataYs = boxes(DATA_STEPS, y);
  y += DATA_STEPS.length * (BOX_H + GAP) - GAP + 8;

  // The branch: features are built from the fact table (step 10), not from the revenue model.
  const fromY = (dataYs[3] ?? 0) + BOX_H / 2;
  const toY = (dataYs[6] ?? 0) + BOX_H / 2;
  const gutterX = BOX_X + BOX_W + 16;
  parts.push(
    `<path d="M ${BOX_X + BOX_W} ${fromY} H ${gutterX} V ${toY} H ${BOX_X + BOX_W + 8}" fill="none" stroke="${ACCENT}" stroke-width="2"/>`,
    `<path d="M ${BOX_X + BOX_W + 8} ${toY - 5} L ${BOX_X + BOX_W + 1} ${toY} L ${BOX_X + BOX_W + 8} ${toY + 5} Z" fill="${ACCENT}"/>`,
  );

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${y}" width="${WIDTH}" height="${y}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>\n`;
  return { svg, width: WIDTH, height: y };
}
