#!/usr/bin/env bash
# Installs what `npm run test:vscode` needs, from Debian and the npm registry only:
# Debian's chromium, and in .cache/vscode-test/ the real VS Code that code-server ships
# plus playwright-core to drive the browser. A second run finds the cache and stops.
set -euo pipefail
cd "$(dirname "$0")/../.."

CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_VERSION=1.65.1
CACHE=.cache/vscode-test
STAMP="$CACHE/installed"
WANTED="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION"
# chromium runs the workbench; the -dev libraries and pkg-config build VS Code's native
# modules; ripgrep replaces the binary that @vscode/ripgrep would download from GitHub.
APT_PACKAGES=(chromium ripgrep pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev)

started=$SECONDS
step() { echo "vscode-test setup [$((SECONDS - started))s]: $*"; }

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANTED" ] && [ -x /usr/bin/chromium ]; then
  step "reusing $CACHE ($WANTED)"
  exit 0
fi

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "apt: ${missing[*]}"
  sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

step "code-server $CODE_SERVER_VERSION and playwright-core $PLAYWRIGHT_VERSION into $CACHE"
rm -rf "$CACHE" && mkdir -p "$CACHE" && cd "$CACHE"
echo '{ "name": "diplobrief-vscode-test", "private": true }' > package.json
# Install scripts stay off: code-server's postinstall downloads ripgrep from GitHub.
npm pack "code-server@$CODE_SERVER_VERSION" --silent >/dev/null
npm install "./code-server-$CODE_SERVER_VERSION.tgz" "playwright-core@$PLAYWRIGHT_VERSION" \
  --ignore-scripts --no-audit --no-fund --loglevel=error
rm "code-server-$CODE_SERVER_VERSION.tgz"

step "VS Code's own modules, with Debian's ripgrep"
(
  cd node_modules/code-server/lib/vscode
  npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
  step "building native modules"
  npm_config_yes=true npm rebuild --loglevel=error >/dev/null
  # The server looks for its modules where a packaged VS Code keeps them.
  ln -sfn node_modules node_modules.asar
)
npm_config_yes=true npm rebuild argon2 --loglevel=error >/dev/null

echo "$WANTED" > installed
step "done"
