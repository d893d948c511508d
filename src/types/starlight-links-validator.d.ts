// Types for `tsc` only (tsconfig.tsc.json maps the package here): the package ships its TypeScript
// source, which does not type-check against Astro 7's Markdown types. Mirrors its documented options.
import type { StarlightPlugin } from '@astrojs/starlight/types';

export interface StarlightLinksValidatorOptions {
  errorOnFallbackPages?: boolean;
  errorOnInconsistentLocale?: boolean;
  errorOnRelativeLinks?: boolean;
  errorOnInvalidHashes?: boolean;
  errorOnLocalLinks?: boolean;
  exclude?: string[];
  sameSitePolicy?: 'error' | 'ignore' | 'validate';
}

export default function starlightLinksValidator(options?: StarlightLinksValidatorOptions): StarlightPlugin;
