/** The build's first picture in one language (src/ui/stage/vitePlugin.ts). */
declare module 'virtual:kms-lab/first-picture/*' {
  const text: string;
  export default text;
}
