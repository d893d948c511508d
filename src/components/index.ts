// One import path for MDX pages, so a page never reaches into a package or a deep file.
export { Aside, Badge, Card, CardGrid, LinkCard, Steps, TabItem, Tabs } from '@astrojs/starlight/components';
export { default as Illustrative } from './Illustrative.astro';
export { default as OrderFlowDiagram } from './OrderFlowDiagram.astro';
export { default as Comparison } from './Comparison.astro';
export { default as ComparisonCatalog } from './ComparisonCatalog.astro';
export { default as StableLinks } from './StableLinks.astro';
export { default as Glossary } from './Glossary.astro';
export { default as ToolCatalog } from './ToolCatalog.astro';
export { default as GoodEnough } from './GoodEnough.astro';
