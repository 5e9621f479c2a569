// Files imported as text with the `?raw` suffix (style sheets, scripts and icons the tools write out).
declare module '*?raw' {
  const text: string;
  export default text;
}
