#!/usr/bin/env bash
# Installs Debian's Chromium (and a font) for the test that opens the HTML report in a browser.
# Does nothing when it is already there, so CI and developers can run it before every test run.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
