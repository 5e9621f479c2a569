// The known noise of a real VS Code run on a machine without internet: marketplace look-ups, the GitHub auth
// provider that never registers, the web workbench's service worker, connection chatter, and the file list of
// `vsce package`. None of it says anything about our extension; a real failure still shows (the suite's and the
// smoke test's own lines and every other line pass through).
const NOISE = [
  /getaddrinfo ENOTFOUND (open-vsx\.org|marketplace\.visualstudio\.com|[\w.-]*vscode[\w.-]*)/,
  /^Timed out waiting for authentication provider/,
  /^\[Service Worker\]/,
  /^\[AccountPolicyGate\]/,
  /^\[AgentHost:/,
  /^\[reconnection-grace-time\]/,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket \(renderer-/,
  /^Updating additional builtin extensions cache$/,
  /^Creation of workbench contribution '.*' took \d+ms\.$/,
  /^debconf: delaying package configuration/,
];
/** The stack of a noise message: its `at …` lines follow it. */
const STACK_LINE = /^\s+at /;
/** `vsce package` lists every file of the .vsix between these two lines. */
const FILE_LIST_START = /^\s*INFO\s+Files included in the VSIX:/;
const FILE_LIST_END = /^\s*DONE\s+Packaged:/;

/** A line filter for one output stream: returns the line to print it, or null to drop it. */
export function createNoiseFilter() {
  let inNoise = false;
  let inFileList = false;
  return (line) => {
    if (inFileList) {
      if (!FILE_LIST_END.test(line)) return null;
      inFileList = false;
      return line;
    }
    if (FILE_LIST_START.test(line)) {
      inFileList = true;
      return null;
    }
    if (inNoise && STACK_LINE.test(line)) return null;
    inNoise = NOISE.some((pattern) => pattern.test(line));
    return inNoise ? null : line;
  };
}
