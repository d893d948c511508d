import { z } from 'astro/zod';
import { kebabId } from './page';
import { sectionRef } from './section-ref';

/** One term of the glossary: an entry of `src/data/glossary.yaml`. */
export const glossaryTermSchema = z
  .object({
    /** Permanent kebab-case id: the term's anchor on the glossary page (`/reference/glossary/#<id>`). */
    id: kebabId,
    /** The term as a heading shows it, e.g. "Change data capture (CDC)". */
    term: z.string().min(2).max(80),
    /**
     * Other ways the guide writes the term (plural, abbreviation, spelling): a mention in prose is
     * recognised by the term or any of these, case-insensitively, on word boundaries.
     */
    aliases: z.array(z.string().min(2)).default([]),
    /** One plain sentence, shown in the preview on hover and focus. */
    short: z.string().min(20).max(220),
    /** A longer explanation for the glossary page: one or two short paragraphs of plain text. */
    explanation: z.string().min(40).max(1400),
    /** Ids of related terms, shown as links on the glossary page. */
    related: z.array(kebabId).default([]),
    /** Sections of the guide that use the term; each must mention it (checked at build). */
    usedIn: z.array(sectionRef).min(1),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
