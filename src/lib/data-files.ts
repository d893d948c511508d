/**
 * The data files read outside a build, for unit tests and scripts, through the same schemas and
 * the one error helper. The build reads these files only through its collections
 * (src/content.config.ts, src/lib/data.ts); `not-tools.yaml` is read by tests alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { comparisonSchema, type Comparison } from '../schemas/comparison';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary';
import { notToolsFileSchema } from '../schemas/not-tools';
import { rolesFileSchema, type Role } from '../schemas/role';
import { toolSchema, type Tool } from '../schemas/tool';
import { skillsPlanFileSchema, type SkillPlan } from '../schemas/skills-plan';
import {
  hiringOutcomeSchema,
  hiringQuestionSchema,
  inFileOrder,
  type HiringOutcome,
  type HiringQuestion,
} from '../schemas/which-role-next';
import { worksheetAssetSchema, type WorksheetAsset } from '../schemas/ownership-worksheet';
import {
  COMPARISONS_DIR,
  GLOSSARY_FILE,
  HIRING_OUTCOMES_FILE,
  HIRING_QUESTIONS_FILE,
  NOT_TOOLS_FILE,
  ROLES_FILE,
  SKILLS_PLAN_FILE,
  TOOLS_FILE,
  WORKSHEET_FILE,
  comparisonFile,
} from './paths';
import { parseOrThrow } from './schema-errors';

/** Parses YAML, naming the file when it is not valid YAML (a duplicated row or role id, say). */
export function readYaml(file: string): unknown {
  try {
    return load(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
}

/** One table file, validated, with its id from the file name. */
export function readComparison(file: string): Comparison {
  const id = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  return { id, ...parseOrThrow(comparisonSchema, readYaml(file), file) };
}

/** Every table in `dir`, in file-name order. */
export function readComparisons(dir = COMPARISONS_DIR): Comparison[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) =>
      readComparison(
        dir === COMPARISONS_DIR ? comparisonFile(name.replace(/\.ya?ml$/, '')) : `${dir}/${name}`,
      ),
    );
}

/** The roles file, validated, in file order. */
export function readRoles(file = ROLES_FILE): Role[] {
  return parseOrThrow(rolesFileSchema, readYaml(file), file);
}

/** The glossary, validated, in file order. */
export function readGlossary(file = GLOSSARY_FILE): GlossaryTerm[] {
  return parseOrThrow(z.array(glossaryTermSchema), readYaml(file), file);
}

/** The tools, validated, in file order. */
export function readTools(file = TOOLS_FILE): Tool[] {
  return parseOrThrow(z.array(toolSchema), readYaml(file), file);
}

/** The names that are not tools. */
export function readNotTools(file = NOT_TOOLS_FILE): string[] {
  return parseOrThrow(notToolsFileSchema, readYaml(file), file);
}

/** The questions of "Which role should we hire next?", validated, in file order. */
export function readHiringQuestions(file = HIRING_QUESTIONS_FILE): HiringQuestion[] {
  return parseOrThrow(z.array(hiringQuestionSchema), inFileOrder(readYaml(file)), file);
}

/** That tool's outcomes, validated, in file order. */
export function readHiringOutcomes(file = HIRING_OUTCOMES_FILE): HiringOutcome[] {
  return parseOrThrow(z.array(hiringOutcomeSchema), readYaml(file), file);
}

/** The ownership worksheet's entries, validated, in file order. */
export function readWorksheet(file = WORKSHEET_FILE): WorksheetAsset[] {
  return parseOrThrow(z.array(worksheetAssetSchema), readYaml(file), file);
}

/** The skills planner's entries by skill (row) id, in file order. */
export function readSkillsPlan(file = SKILLS_PLAN_FILE): Map<string, SkillPlan> {
  return new Map(Object.entries(parseOrThrow(skillsPlanFileSchema, readYaml(file), file)));
}
