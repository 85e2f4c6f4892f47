#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs the whole test suite.
#   ./tools/test.sh            # everything
#   ./tools/test.sh -L unit    # extra arguments go to ctest
set -euo pipefail
cd "$(dirname "$0")/.."

./tools/setup.sh
cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
ctest --preset ci -j "$(nproc)" "$@"
