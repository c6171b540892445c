#!/usr/bin/env bash
# Configures and builds Spindle into build/<mode> with Ninja.
#   scripts/build.sh [release|asan|gcstress|tsan|debug] [ninja targets...]
# SPINDLE_JOBS sets ninja's parallelism (default: number of cores).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-release}"
[[ $# -gt 0 ]] && shift

case "$mode" in
  release)  cmake_flags=(-DCMAKE_BUILD_TYPE=Release) ;;
  asan)     cmake_flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSPINDLE_SANITIZE=ON) ;;
  gcstress) cmake_flags=(-DCMAKE_BUILD_TYPE=Release -DSPINDLE_GC_STRESS=ON) ;;
  tsan)     cmake_flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSPINDLE_TSAN=ON) ;;
  debug)    cmake_flags=(-DCMAKE_BUILD_TYPE=Debug) ;;
  *)
    echo "usage: scripts/build.sh [release|asan|gcstress|tsan|debug] [targets...]" >&2
    exit 2 ;;
esac

"$repo_root/scripts/install-deps.sh"

build_dir="$repo_root/build/$mode"
# Paths inside the repository hash relative to it, so a fresh clone elsewhere (as CI
# makes) reuses the compiler cache of earlier builds.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$repo_root}"
# Configure once; afterwards ninja re-runs CMake by itself when a CMakeLists changes.
if [[ ! -f "$build_dir/build.ninja" ]]; then
  cmake -G Ninja -S "$repo_root" -B "$build_dir" "${cmake_flags[@]}"
fi
ninja -C "$build_dir" -j "${SPINDLE_JOBS:-$(nproc)}" "$@"
