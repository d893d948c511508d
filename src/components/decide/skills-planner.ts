/**
 * `<skills-planner>`: a level for each skill (a radio group added to each skill), kept in this
 * browser's localStorage and nowhere else, and the plan (`[data-skills-plan]`) redrawn from what is
 * left to learn. Exports the plan as Markdown or JSON (download or clipboard) and prints it. Every
 * change is announced in the plan's live region. The rules live in src/lib/decide/skills-plan.ts.
 */
import {
  LEVELS,
  LEVEL_LABELS,
  STORAGE_KEY,
  levelCounts,
  planJson,
  planMarkdown,
  planSteps,
  readLevels,
  storedLevels,
  type Level,
  type Levels,
  type PlannerData,
} from '../../lib/decide/skills-plan';
import { skillAnchor } from '../../lib/paths';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = '') => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

class SkillsPlanner extends HTMLElement {
  #data: PlannerData = { phases: [], skills: [] };
  #levels: Levels = {};
  #box: HTMLElement | null = null;

  connectedCallback(): void {
    try {
      this.#data = JSON.parse(this.querySelector('script')?.textContent ?? '');
    } catch {
      return;
    }
    this.#box = document.querySelector('[data-skills-plan]');
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(STORAGE_KEY);
    } catch {
      // Storage blocked: the planner still works for this visit.
    }
    const stored = readLevels(
      raw,
      this.#data.skills.map((skill) => skill.id),
    );
    this.#levels = stored.levels;
    for (const skill of this.#data.skills) {
      const heading = this.querySelector(`[data-skill="${skill.id}"] h3`);
      if (heading) heading.after(this.#levelGroup(skill.id, skill.name));
    }
    const toolbar = this.#box?.querySelector<HTMLScriptElement>('script[data-inert]');
    if (toolbar) {
      const template = el('template');
      template.innerHTML = toolbar.textContent ?? '';
      toolbar.replaceWith(template.content);
    }
    this.#box?.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('button[data-action]')?.dataset['action'];
      if (action) this.#act(action);
    });
    this.#render();
    if (stored.dropped === 'unreadable')
      this.#say('Saved ratings could not be read, so the planner starts fresh.');
    if (stored.dropped === 'unknown')
      this.#say('Some saved ratings no longer match a skill and were dropped.');
  }

  #levelGroup(id: string, name: string): HTMLFieldSetElement {
    const group = el('fieldset', 'sp-level');
    group.append(el('legend', '', `Your level in ${name}`));
    for (const level of LEVELS) {
      const label = el('label');
      const input = el('input');
      input.type = 'radio';
      input.name = `level-${id}`;
      input.value = level;
      input.checked = this.#levels[id] === level;
      input.addEventListener('change', () => this.#set(id, name, level));
      label.append(input, LEVEL_LABELS[level]);
      group.append(label);
    }
    return group;
  }

  #set(id: string, name: string, level: Level): void {
    this.#levels[id] = level;
    this.#save();
    this.#render();
    const left = planSteps(this.#data, this.#levels).length;
    this.#say(`${name}: ${LEVEL_LABELS[level].toLowerCase()}. ${plural(left, 'skill')} left in your plan.`);
  }

  #save(): void {
    try {
      if (Object.keys(this.#levels).length === 0) localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, storedLevels(this.#levels));
    } catch {
      this.#say('This browser does not allow saving, so your ratings last only for this visit.');
    }
  }

  #act(action: string): void {
    const base = location.origin + location.pathname;
    const date = new Date().toISOString().slice(0, 10);
    if (action === 'markdown') {
      this.#download(planMarkdown(this.#data, this.#levels, base, date), 'text/markdown', 'md');
    } else if (action === 'json') {
      this.#download(planJson(this.#data, this.#levels, base, date), 'application/json', 'json');
    } else if (action === 'copy') {
      navigator.clipboard?.writeText(planMarkdown(this.#data, this.#levels, base, date)).then(
        () => this.#say('Plan copied to the clipboard as Markdown.'),
        () => this.#say('Copying was not allowed; use Download Markdown instead.'),
      );
    } else if (action === 'print') {
      window.print();
    } else if (action === 'reset') {
      this.#levels = {};
      this.#save();
      for (const input of this.querySelectorAll<HTMLInputElement>('.sp-level input')) input.checked = false;
      this.#render();
      this.#say('Ratings cleared. The plan lists every skill again.');
    }
  }

  #download(text: string, type: string, extension: string): void {
    const link = el('a');
    link.href = URL.createObjectURL(new Blob([text], { type }));
    link.download = `skills-plan.${extension}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    this.#say(`Plan downloaded as skills-plan.${extension}.`);
  }

  #say(message: string): void {
    const status = this.#box?.querySelector('[data-status]');
    if (status) status.textContent = message;
  }

  /** The plan: remaining skills under their phases, in the order planSteps gives. */
  #render(): void {
    const target = this.#box?.querySelector('[data-plan]');
    if (!target) return;
    const steps = planSteps(this.#data, this.#levels);
    const counts = levelCounts(this.#data, this.#levels);
    const phases = new Set(steps.map((step) => step.skill.phase)).size;
    const summary = el(
      'p',
      '',
      steps.length === 0
        ? 'Every skill is rated confident: nothing is left in the plan.'
        : `${plural(steps.length, 'skill')} left to learn, in ${plural(phases, 'phase')}. ` +
            `Confident: ${counts.confident}, some: ${counts.some}, new to me: ${counts.new}, not rated: ${counts.unrated}.`,
    );
    const list = el('ol', 'sp-phases');
    let items: HTMLElement | undefined;
    let phase = -1;
    for (const { skill, level } of steps) {
      if (skill.phase !== phase) {
        phase = skill.phase;
        const item = el('li');
        const link = el('a', '', this.#data.phases[phase]?.title ?? '');
        link.href = this.#data.phases[phase]?.href ?? '';
        items = el('ul');
        item.append(link, items);
        list.append(item);
      }
      const step = el('li');
      const name = el('a', '', skill.name);
      name.href = `#${skillAnchor(skill.id)}`;
      step.append(
        name,
        el('span', 'sp-step-level', ` (${level ? LEVEL_LABELS[level].toLowerCase() : 'not rated'})`),
        el('p', 'sp-step-good', `Good enough: ${skill.goodEnough}`),
      );
      items?.append(step);
    }
    target.replaceChildren(summary, ...(steps.length ? [list] : []));
  }
}

customElements.define('skills-planner', SkillsPlanner);
