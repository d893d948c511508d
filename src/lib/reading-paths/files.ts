/**
 * The reading path files read outside a build (unit tests), through the same schema and the one
 * error helper. The build reads them only through the `paths` collection (src/content.config.ts,
 * src/lib/reading-paths/data.ts).
 */
import { readdirSync } from 'node:fs';
import { readingPathSchema, type ReadingPathData } from '../../schemas/path';
import { READING_PATHS_DIR } from '../paths';
import { readYaml } from '../data-files';
import { parseOrThrow } from '../schema-errors';

/** One path file, validated, with its id from the file name. */
export function readReadingPath(file: string): ReadingPathData {
  const id = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  return { id, ...parseOrThrow(readingPathSchema, readYaml(file), file) };
}

/** Every path in `dir`, in file-name order, each with the file it came from. */
export function readReadingPaths(dir = READING_PATHS_DIR): { file: string; path: ReadingPathData }[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ file: `${dir}/${name}`, path: readReadingPath(`${dir}/${name}`) }));
}
