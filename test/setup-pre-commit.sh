#!/usr/bin/env bash
# Installs Debian's pre-commit for the test that runs .pre-commit-hooks.yaml on a scratch
# repository (without it that test is skipped). Does nothing when it is already there.
set -euo pipefail
if command -v pre-commit > /dev/null; then exit 0; fi
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends pre-commit git
