// One import path for MDX pages, so a page never reaches into a package or a deep file.
export { Aside, Badge, Card, CardGrid, LinkCard, Steps, TabItem, Tabs } from '@astrojs/starlight/components';
export { default as Illustrative } from './Illustrative.astro';
export { default as Diagram } from './Diagram.astro';
export { default as Comparison } from './Comparison.astro';
export { default as ComparisonCatalog } from './ComparisonCatalog.astro';
export { default as StableLinks } from './StableLinks.astro';
export { default as CopyBlock } from './CopyBlock.astro';
export { default as AreaPages } from './AreaPages.astro';
export { default as Glossary } from './Glossary.astro';
export { default as ToolCatalog } from './ToolCatalog.astro';
export { default as WhichRoleNext } from './WhichRoleNext.astro';
export { default as OwnershipWorksheet } from './OwnershipWorksheet.astro';
export { default as GoodEnough } from './GoodEnough.astro';
