// `tsc` cannot read .astro files (Astro 7 no longer declares them); `astro check` types them fully.
declare module '*.astro' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- props differ per component
  const Component: (props: any) => any;
  export default Component;
}
