/**
 * Query preparation for site search, shared by the search dialog and the search benchmark.
 * Pagefind has no synonyms and no typo tolerance: this module adds both, from a small vocabulary
 * built from the site's own text, before the query reaches Pagefind. Pure: no DOM, no fetch.
 */

/** Longer queries are cut: nobody types more, and it bounds the work per keystroke. */
export const MAX_QUERY_LENGTH = 200;

/** Light stemming so "engineers" and "engineering" in a title count for "engineer" in a query. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** Words and phrases readers use for the guide's terms. Applied to whole words, longest phrase first. */
export const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['data eng', 'data engineering'],
  ['data engg', 'data engineering'],
  ['backend dev', 'backend engineer'],
  ['backend devs', 'backend engineers'],
  ['back end', 'backend'],
  ['back-end', 'backend'],
  ['de', 'data engineer'],
  ['swe', 'software engineer'],
  ['sde', 'software engineer'],
  ['dev', 'engineer'],
  ['devs', 'engineers'],
  ['eng', 'engineer'],
  ['k8s', 'kubernetes'],
  ['kube', 'kubernetes'],
  ['pg', 'postgresql'],
  ['postgres', 'postgresql'],
  ['db', 'database'],
  ['dbs', 'databases'],
  ['dwh', 'data warehouse'],
  ['infra', 'infrastructure'],
  ['ml', 'ml machine learning'],
  ['mle', 'ml engineer'],
  ['mles', 'ml engineers'],
  ['llm', 'ai llm'],
  ['genai', 'ai'],
  ['cdc', 'change data capture'],
  ['pii', 'personal data'],
  ['gdpr', 'gdpr personal data'],
  ['oncall', 'on call'],
  ['on-call', 'on call'],
  ['salary', 'salary pay compensation'],
  ['salaries', 'salary pay compensation'],
  ['earns', 'earn pay'],
  ['comp', 'compensation'],
  ['mvp', 'mvp early product'],
  // Legal and regulatory names for what the guide calls erasure and personal data.
  ['right to be forgotten', 'erasure deletion personal data'],
  ['right to erasure', 'erasure deletion personal data'],
  ['data subject request', 'erasure personal data request'],
  ['subject access request', 'personal data request'],
  ['dsar', 'personal data request erasure'],
  ['dsr', 'personal data request erasure'],
  ['ccpa', 'personal data privacy'],
  ['cpra', 'personal data privacy'],
  ['personally identifiable information', 'personal data'],
  ['personal information', 'personal data'],
  // Product names for AI assistants: the guide is vendor-neutral and says "AI assistant".
  ['copilot', 'ai assistant'],
  ['github copilot', 'ai assistant'],
  ['chatgpt', 'ai assistant'],
  ['gpt', 'ai'],
  ['claude', 'ai assistant'],
  ['gemini', 'ai assistant'],
  ['cursor', 'ai assistant'],
  ['codex', 'ai assistant'],
  // Everyday and slang names for the guide's terms.
  ['cheat sheet', 'glance summary'],
  ['cheatsheet', 'glance summary'],
  ['tl dr', 'glance summary'],
  ['tldr', 'glance summary'],
  ['up to date', 'fresh freshness'],
  ['out of date', 'stale freshness'],
  ['prod', 'production'],
  ['pr', 'pull request'],
  ['prs', 'pull requests'],
  ['permalink', 'link stable'],
  ['permalinks', 'link stable'],
  ['deep link', 'link section'],
  ['job description', 'job description hiring'],
  ['jd', 'job description'],
  ['take home', 'interview exercise'],
  ['take-home', 'interview exercise'],
  ['pay cut', 'pay compensation'],
  ['total comp', 'compensation'],
  ['tc', 'compensation'],
  ['ic', 'individual contributor'],
  ['sla', 'sla reliability'],
  ['slo', 'slo reliability'],
  ['p99', 'latency'],
  ['dedup', 'deduplication duplicates'],
  ['dedupe', 'deduplication duplicates'],
  // Field abbreviations for terms the glossary defines.
  ['scd', 'slowly changing dimension'],
  ['scd2', 'slowly changing dimension'],
  ['wap', 'write-audit-publish'],
  ['3nf', 'normalized normalization'],
  ['raci', 'ownership owns'],
  // Security shorthand for what the guide calls authentication and authorization.
  ['idor', 'authorization'],
  ['rbac', 'authorization'],
  ['acl', 'authorization'],
  ['authz', 'authorization'],
  ['authn', 'authentication'],
  ['sso', 'authentication'],
  ['jwt', 'authentication'],
  // Everyday phrases.
  ['go down', 'outage'],
  ['goes down', 'outage'],
  ['went down', 'outage'],
  ['downtime', 'outage'],
  ['red tape', 'bureaucracy'],
  ['roll out', 'introducing'],
  ['three months', '90 days'],
  ['3 months', '90 days'],
  ['one liner', 'one-sentence'],
  ['one-liner', 'one-sentence'],
  ['in a nutshell', 'one-sentence'],
  ['elevator pitch', 'one-sentence'],
  ['reprocess', 'backfill'],
  ['rerun', 'backfill'],
  ['replay', 'replay backfill'],
];

/**
 * Words readers use for the same idea as the guide's own words. Unlike SYNONYMS, the reader's word is
 * kept and the related ones are added, so either wording finds the page.
 */
export const RELATED_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      [
        ['switch', 'switching', 'transition', 'pivot', 'moving', 'move'],
        ['move', 'switch'],
      ],
      [
        ['pay', 'paid', 'salary', 'earn', 'earns', 'compensation', 'money'],
        ['pay', 'compensation'],
      ],
      [
        ['paged', 'pager', 'paging', 'oncall'],
        ['call', 'paged'],
      ],
      [
        ['measure', 'metrics', 'kpi', 'kpis', 'success'],
        ['measure', 'success'],
      ],
      [
        ['tools', 'stack', 'tech', 'technologies'],
        ['tools', 'stack'],
      ],
      [
        ['example', 'walkthrough', 'end-to-end'],
        ['example', 'worked'],
      ],
      [['postmortem', 'post-mortem', 'retro', 'retrospective'], ['postmortem']],
      [
        ['levels', 'ladder', 'promotion', 'promoted'],
        ['levels', 'ladder'],
      ],
      [
        ['difference', 'differences', 'different', 'differ', 'versus', 'compare', 'comparison'],
        ['difference', 'compare'],
      ],
      [
        ['hire', 'hiring', 'recruit', 'recruiting', 'interview', 'interviews', 'interviewing'],
        ['hire', 'hiring'],
      ],
      [
        ['realtime', 'real-time', 'streaming', 'stream'],
        ['streaming', 'real-time'],
      ],
      [
        ['privacy', 'deletion', 'erasure', 'delete'],
        ['personal', 'erasure'],
      ],
      [
        ['outage', 'outages', 'broken', 'broke', 'breaks', 'incident', 'incidents'],
        ['incident', 'failure'],
      ],
      [
        ['owns', 'owner', 'ownership', 'responsible', 'responsibility'],
        ['owns', 'ownership'],
      ],
      [
        ['startup', 'startups', 'early-stage', 'seed', 'founder', 'founders', 'cofounder'],
        ['startup', 'early'],
      ],
      [['raise', 'raises'], ['pay']],
      [
        ['stale', 'fresh', 'freshness', 'late', 'delayed', 'lag'],
        ['freshness', 'late'],
      ],
      [['overview', 'summary', 'intro', 'introduction', 'basics'], ['glance']],
      [
        ['share', 'shared', 'overlap', 'overlapping'],
        ['overlap', 'shared'],
      ],
      [
        ['rename', 'renamed', 'renaming', 'migration', 'migrations', 'alter'],
        ['schema', 'change'],
      ],
      [
        ['duplicate', 'duplicates', 'duplicated', 'idempotent', 'idempotency', 'exactly-once'],
        ['duplicate', 'idempotency'],
      ],
      [
        ['deduplicate', 'deduplication', 'deduplicated'],
        ['deduplication', 'duplicates'],
      ],
      [
        ['wiki', 'handbook', 'onboarding', 'runbook', 'confluence', 'notion'],
        ['onboarding', 'link'],
      ],
      [
        ['invented', 'accurate', 'sources', 'cite', 'citation', 'citations'],
        ['sources', 'review'],
      ],
      [
        ['dashboard', 'dashboards', 'bi', 'looker', 'tableau', 'metabase'],
        ['dashboard', 'analytics'],
      ],
      [
        ['connector', 'connectors', 'fivetran', 'airbyte', 'ingest', 'ingestion'],
        ['ingestion', 'connectors'],
      ],
      [
        ['pagerduty', 'opsgenie', 'pager'],
        ['call', 'paged'],
      ],
      [['gpu', 'gpus', 'training'], ['ml']],
      [
        ['career', 'careers', 'growth', 'path'],
        ['career', 'ladder'],
      ],
      // The guide says "red flags" and "warning signs" for the symptoms of a problem.
      [
        ['signs', 'smell', 'smells', 'symptoms'],
        ['red', 'flags', 'warning'],
      ],
      [
        ['notice', 'noticed', 'spot', 'spotted', 'catch', 'caught'],
        ['detect', 'detection'],
      ],
      [
        ['impact', 'damage', 'spread', 'spreads'],
        ['blast', 'radius'],
      ],
      [['slow', 'slower', 'slowness', 'slowing', 'sluggish', 'laggy'], ['latency']],
      [['rollout', 'roll-out', 'adopt', 'adopting', 'adoption', 'introduce'], ['introducing']],
      [['overhead', 'paperwork'], ['bureaucracy']],
      // The guide writes for "leaders" (founders, CTOs, engineering leaders).
      [
        ['manager', 'managers', 'cto', 'ctos', 'vp', 'director', 'directors', 'executive', 'executives'],
        ['leaders'],
      ],
      [
        [
          'hash',
          'hashed',
          'hashing',
          'mask',
          'masking',
          'masked',
          'tokenization',
          'anonymize',
          'anonymise',
          'pseudonymize',
          'pseudonymise',
        ],
        ['pseudonymization', 'anonymization'],
      ],
      [
        ['download', 'downloadable', 'export', 'machine-readable'],
        ['reuse', 'json'],
      ],
      [
        ['cron', 'cronjob', 'cronjobs', 'scheduler', 'scheduling', 'scheduled'],
        ['orchestration', 'schedule'],
      ],
      [
        ['queue', 'queues', 'pubsub'],
        ['messaging', 'broker'],
      ],
      [
        ['kimball', 'dimensional'],
        ['star', 'fact', 'dimension'],
      ],
      // Medallion layers, as the worked example names them.
      [['medallion'], ['raw', 'staging', 'marts']],
      [['bronze'], ['raw']],
      [['silver'], ['staging']],
      [['permission', 'permissions', 'access-control'], ['authorization']],
      // What readers call the interactive tools: the hiring questionnaire, the skills planner and
      // the ownership worksheet.
      [
        [
          'quiz',
          'quizzes',
          'questionnaire',
          'survey',
          'assessment',
          'self-assessment',
          'calculator',
          'wizard',
          'interactive',
        ],
        ['questionnaire', 'planner', 'worksheet'],
      ],
    ] as const
  ).flatMap(([words, related]) => words.map((word) => [word, related] as const)),
);

/** RELATED_WORDS by stem, so "deletes" and "deleted" find the group of "delete". */
const RELATED_BY_STEM: ReadonlyMap<string, readonly string[]> = new Map(
  [...RELATED_WORDS].map(([word, related]) => [stem(word), related]),
);

/**
 * Words that share a stem with a group's word but mean something else in this guide: a web page is
 * not a pager's page ("page" → on call), a source table not a cited source, the reading paths not a
 * career path, and a contract is signed, not a warning sign.
 */
const NOT_RELATED_BY_STEM: ReadonlySet<string> = new Set([
  'page',
  'pages',
  'source',
  'paths',
  'sign',
  'signed',
]);

function relatedTo(word: string): readonly string[] {
  return (
    RELATED_WORDS.get(word) ??
    (NOT_RELATED_BY_STEM.has(word) ? undefined : RELATED_BY_STEM.get(stem(word))) ??
    []
  );
}

/** Acronyms that are also everyday words ("be"): expanded only when typed in capitals. */
const CAPITALISED_ONLY: ReadonlyMap<string, string> = new Map([['BE', 'backend engineer']]);

/** Words too common to correct or to suggest: the vocabulary may lack them, and that is fine. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'a about actually all also am an and any anyone anything are aren around as at be been being but by can cant could couldn d did didn do does doesn doing don dont down for from get got has have here how hows i if im in into is isn it its ive just kind like ll lot lots m me my not of off ok on once or our ours out over please re really s should shouldn so someone something stuff such t than that the their them themselves then there these they thing things this those to together too up us ve very vs was wasn way ways we were weren what whats when where which who why will with won would wouldn you your'.split(
    ' ',
  ),
);

/**
 * Words that say what form of answer the reader wants (a list, an overview, an explanation) rather
 * than what it is about: "list of every tool mentioned" asks for the tools page, which never says
 * "list" or "mentioned". Search treats them as related words (./engine.ts): they help a page that
 * uses them, but a page need not hold them. Measured with `npm run bench:search`: MRR@5 on the second
 * set 0.839 → 0.850, on a third set of fresh queries 0.827 → 0.835; the first set and a fourth fresh
 * set unchanged.
 */
export const FORM_WORDS: ReadonlySet<string> = new Set(
  'list lists overview summary explain explained explanation mentioned info information'.split(' '),
);

/** The site's own words with how often they occur, most frequent first (`/search-vocabulary.json`). */
export interface Vocabulary {
  words: ReadonlyMap<string, number>;
  /** Words on most pages of a large site (./vocabulary.ts `commonWords`). */
  common?: ReadonlySet<string>;
}

/**
 * The published form (`/search-vocabulary.json`): the words, most frequent first, in one
 * space-separated string. Rank stands in for frequency, which only ever breaks ties.
 */
export function vocabularyFromText(published: { words?: unknown; common?: unknown }): Vocabulary {
  const list = (value: unknown) => (typeof value === 'string' ? value.split(' ').filter(Boolean) : []);
  const words = list(published.words);
  return {
    words: new Map(words.map((word, index) => [word, words.length - index])),
    common: new Set(list(published.common)),
  };
}

export function vocabularyFrom(entries: ReadonlyArray<readonly [string, number]>): Vocabulary {
  return { words: new Map(entries) };
}

/** Lower-case word tokens: letters and digits, with inner hyphens, dots or plus signs (node.js, c++). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

const WORD = /[\p{L}\p{N}]+(?:[.+-][\p{L}\p{N}]+)*/gu;

/** Like `tokenize`, but capitalised-only acronyms are expanded before case is lost. */
function tokenizeKeepingAcronyms(text: string): string[] {
  return (text.match(WORD) ?? []).flatMap(
    (word) => CAPITALISED_ONLY.get(word)?.split(' ') ?? [word.toLowerCase()],
  );
}

/**
 * Words typed in capitals ("CTEs", "SLOs", "IDOR"), lower-cased: acronyms, which a one-letter edit
 * turns into an unrelated site word ("ctes" into "ctos"), so they are never corrected.
 */
function typedAcronyms(text: string): Set<string> {
  return new Set(
    (text.match(WORD) ?? [])
      .filter((word) => /^[A-Z][A-Z0-9]+s?$/.test(word))
      .map((word) => word.toLowerCase()),
  );
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/**
 * How many edits a word of this length may need to count as a typo of a vocabulary word. Words of
 * three letters or fewer are left alone: in this field they are mostly acronyms (SCD, DAG, OLAP's
 * cousins), and one edit turns an acronym the site lacks into an unrelated word.
 */
function allowedEdits(word: string): number {
  if (word.length <= 3) return 0;
  return word.length <= 6 ? 1 : 2;
}

/** Endings that make another form of the same word: "hash", "hashes", "hashed", "hashing". */
const INFLECTIONS = ['s', 'es', 'd', 'ed', 'ing'];

/**
 * True when the site uses `word` or another form of it ("hashed" where the site says "hash" or
 * "hashes"): Pagefind stems words, so such a word finds its pages as typed and is no typo. Only a
 * whole ending is added or taken away, so a misspelt stem ("kubernets") is still corrected.
 */
export function isKnownWord(word: string, vocabulary: Vocabulary): boolean {
  const has = (form: string) => vocabulary.words.has(form);
  if (has(word)) return true;
  return INFLECTIONS.some(
    (ending) =>
      has(word + ending) ||
      (word.length > ending.length + 2 &&
        word.endsWith(ending) &&
        (has(word.slice(0, -ending.length)) || has(`${word.slice(0, -ending.length)}e`))),
  );
}

/** The vocabulary word closest to `word`, most frequent on ties; undefined when none is close enough. */
export function closestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const max = allowedEdits(word);
  if (max === 0) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  let bestFrequency = -1;
  for (const [candidate, frequency] of vocabulary.words) {
    if (Math.abs(candidate.length - word.length) > max) continue;
    const distance = editDistance(word, candidate, max);
    if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
      best = candidate;
      bestDistance = distance;
      bestFrequency = frequency;
    }
  }
  return bestDistance <= max ? best : undefined;
}

function applySynonyms(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const match = SYNONYMS.map(([phrase, replacement]) => ({ parts: phrase.split(' '), replacement }))
      .filter(({ parts }) => parts.every((part, k) => tokens[i + k] === part))
      .sort((x, y) => y.parts.length - x.parts.length)[0];
    if (match) {
      out.push(...match.replacement.split(' '));
      i += match.parts.length;
    } else {
      out.push(tokens[i] ?? '');
      i += 1;
    }
  }
  return out;
}

export interface PreparedQuery {
  /** What to send to Pagefind. */
  term: string;
  /** Words replaced as typos, for a "Searching for ..." note. */
  corrections: Array<{ from: string; to: string }>;
  /** Words added from RELATED_WORDS (at the end of `term`): they help a page rank, never required. */
  related: string[];
}

/**
 * Turns what the reader typed into what Pagefind should search: cut to a sane length, split into
 * words, abbreviations and slang expanded, and words the site never uses replaced by the closest
 * word it does use (when one is close enough). Unknown words with no close match stay as typed.
 */
export function prepareQuery(
  raw: string,
  vocabulary?: Vocabulary,
  /** Words known to match (the index found them): never corrected, whatever the vocabulary holds. */
  isKnown: (word: string) => boolean = () => false,
): PreparedQuery {
  const typed = raw.slice(0, MAX_QUERY_LENGTH);
  const tokens = applySynonyms(tokenizeKeepingAcronyms(typed));
  const acronyms = typedAcronyms(typed);
  const corrections: PreparedQuery['corrections'] = [];
  const words = tokens.map((token) => {
    if (
      !vocabulary ||
      STOPWORDS.has(token) ||
      acronyms.has(token) ||
      isKnownWord(token, vocabulary) ||
      isKnown(token) ||
      relatedTo(token).length > 0 ||
      /\d/.test(token)
    )
      return token;
    const fixed = closestWord(token, vocabulary);
    if (!fixed) return token;
    corrections.push({ from: token, to: fixed });
    return fixed;
  });
  // A related word with the stem of one typed ("measure" for "measured") would count that word twice.
  const typedStems = new Set(words.map(stem));
  const related = [...new Set(words.flatMap((word) => relatedTo(word)))].filter(
    (r) => !typedStems.has(stem(r)),
  );
  return { term: [...words, ...related].join(' '), corrections, related };
}

/** For a query that found nothing: vocabulary words close to each unknown word, best first. */
export function suggestWords(raw: string, vocabulary: Vocabulary, limit = 5): string[] {
  const suggestions = new Set<string>();
  for (const token of tokenize(raw.slice(0, MAX_QUERY_LENGTH))) {
    if (STOPWORDS.has(token) || vocabulary.words.has(token)) continue;
    const close = [...vocabulary.words]
      .map(([word, frequency]) => ({ word, frequency, distance: editDistance(token, word, 2) }))
      .filter(({ distance }) => distance <= 2)
      .sort((a, b) => a.distance - b.distance || b.frequency - a.frequency)
      .slice(0, limit);
    for (const { word } of close) suggestions.add(word);
  }
  return [...suggestions].slice(0, limit);
}
