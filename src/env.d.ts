// `tsc` cannot read .astro files (Astro 7 no longer declares them); `astro check` types them fully.
declare module '*.astro' {
  // Props differ per component; astro check types each one properly.
  const Component: (props: any) => any;
  export default Component;
}
