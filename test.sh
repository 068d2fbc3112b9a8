#!/usr/bin/env bash
# Runs every test: unit, contract, fuzz-corpus replay and integration tests of every module.
# Selects a JDK 21+; fails loudly (never skips) when something the tests need is missing.
# planner-ui's integration tests also need Chromium and a PostgreSQL server: bin/test-services.sh installs what is
# missing (as root) and starts a throwaway cluster for the run.
set -euo pipefail
cd "$(dirname "$0")"
source bin/select-jdk.sh
source bin/test-services.sh
install_missing_packages
start_test_postgres
# -Pimage: the container image is built and started (ImageIT, about a minute; docs/deployment.md).
./mvnw -B verify -Pimage "$@"
