// Types for the Starlight virtual modules that the Search override imports; Starlight does not
// publish declarations for them. Only the members the override reads are declared.
declare module 'virtual:starlight/project-context' {
  const project: { trailingSlash: 'always' | 'never' | 'ignore' };
  export default project;
}
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}

// `tsc` cannot read .astro files (Astro 7 no longer declares them); `astro check` types them fully.
declare module '*.astro' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- props differ per component
  const Component: (props: any) => any;
  export default Component;
}
