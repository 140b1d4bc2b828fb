#!/usr/bin/env bash
# Installs what `npm run test:vscode` needs besides the project's own packages, from Debian
# and the npm registry only: Debian's chromium, and in .cache/vscode-test/ the real VS Code
# that the npm package code-server ships. A second run finds the cache and stops.
set -euo pipefail
cd "$(dirname "$0")/../.."

CODE_SERVER_VERSION=4.100.3
CACHE=.cache/vscode-test
STAMP="$CACHE/installed"
# chromium shows the workbench; build-essential compiles VS Code's native modules; ripgrep
# stands in for the binary that @vscode/ripgrep would fetch from GitHub.
APT_PACKAGES=(chromium ripgrep build-essential)

started=$SECONDS
step() { echo "vscode-test setup [$((SECONDS - started)) s]: $*"; }

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "code-server@$CODE_SERVER_VERSION" ] && [ -x /usr/bin/chromium ]; then
  step "reusing $CACHE (code-server $CODE_SERVER_VERSION)"
  exit 0
fi

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || missing+=("$package")
done
rm -rf "$CACHE" && mkdir -p "$CACHE"
# apt and the npm downloads overlap; the native build below waits for both.
apt_done=true
if [ ${#missing[@]} -gt 0 ]; then
  step "apt: ${missing[*]}"
  sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  ( $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" ) >"$CACHE/apt.log" 2>&1 &
  apt_done="wait $!"
fi

step "code-server $CODE_SERVER_VERSION into $CACHE"
cd "$CACHE"
echo '{ "name": "diplobrief-vscode-test", "private": true }' > package.json
# Install scripts stay off: code-server's postinstall downloads ripgrep from GitHub.
npm pack "code-server@$CODE_SERVER_VERSION" --silent >/dev/null
npm install "./code-server-$CODE_SERVER_VERSION.tgz" --ignore-scripts --no-audit --no-fund --loglevel=error
rm "code-server-$CODE_SERVER_VERSION.tgz"
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error

$apt_done || { cat ../../../../apt.log; exit 1; }
step "native modules of VS Code and code-server"
mkdir -p node_modules/@vscode/ripgrep/bin
cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
# Only what the server and the extension host load in these tests: logging, file watching
# and the watchdog. Terminals (node-pty), Kerberos proxy sign-in, the device id and the
# Windows-only modules stay unbuilt, which saves most of the compile time.
npm_config_yes=true npm rebuild @vscode/spdlog @parcel/watcher native-watchdog --loglevel=error >/dev/null
# The server looks for its modules where a packaged VS Code keeps them.
ln -sfn node_modules node_modules.asar
cd ../../../..
npm_config_yes=true npm rebuild argon2 --loglevel=error >/dev/null

echo "code-server@$CODE_SERVER_VERSION" > installed
step "done"
