// The decision tools' components for MDX, apart from ~/components: their styles then ship only
// with the pages that import them, not in the stylesheet every page loads.
export { default as SkillsPlanner } from './SkillsPlanner.astro';
