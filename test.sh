#!/usr/bin/env bash
# Runs every test: unit, contract, fuzz-corpus replay and integration tests of every module.
# Selects a JDK 21+; fails loudly (never skips) when something the tests need is missing.
set -euo pipefail
cd "$(dirname "$0")"
source bin/select-jdk.sh
./mvnw -B verify "$@"
