#!/usr/bin/env bash
# Installs what the end-to-end tests need, outside the extension's own dependencies:
#   - Debian packages: chromium, ripgrep, libkrb5-dev, pkg-config
#   - code-server@4.100.3 (real VS Code 1.100.3 workbench) and playwright-core into <repo>/.e2e/
# Idempotent: a second run only checks. Fails (exit 1) naming the missing prerequisite.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
PLAYWRIGHT_CORE_VERSION="${PLAYWRIGHT_CORE_VERSION:-1.64.1}"
RIPGREP_PKG_VERSION="1.15.11"            # @vscode/ripgrep pinned by code-server 4.100.3's npm-shrinkwrap
RIPGREP_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
E2E_DIR="${E2E_DIR:-$ROOT/.e2e}"
CS_DIR="$E2E_DIR/code-server"
PW_DIR="$E2E_DIR/playwright"

fail() { echo "e2e install: FAILED: $*" >&2; exit 1; }
log() { echo "e2e install: $*"; }
start=$(date +%s)

# ---- prerequisites that must already be there -------------------------------------------
command -v node >/dev/null || fail "node is not installed (need Node.js 20)"
command -v npm >/dev/null || fail "npm is not installed"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" = "20" ] || fail "code-server $CODE_SERVER_VERSION needs Node.js 20, found $(node --version)"
[ "$(uname -m)" = "x86_64" ] || fail "only x86_64 is prepared (ripgrep tarball), found $(uname -m)"

# ---- Debian packages --------------------------------------------------------------------
need_pkgs=()
for p in libkrb5-dev pkg-config ripgrep chromium; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need_pkgs+=("$p")
done
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null || fail "Debian packages missing (${need_pkgs[*]}) and apt-get is not available"
  [ "$(id -u)" = 0 ] || fail "Debian packages missing (${need_pkgs[*]}); run as root or install them: apt-get install ${need_pkgs[*]}"
  log "apt-get install ${need_pkgs[*]}"
  apt-get update -q >/dev/null || fail "apt-get update failed (no access to Debian's package mirror?)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need_pkgs[@]}" >/dev/null \
    || fail "apt-get install ${need_pkgs[*]} failed"
fi
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium missing after installing Debian package chromium"
command -v rg >/dev/null || fail "rg (Debian package ripgrep) missing"
pkg-config --exists krb5-gssapi 2>/dev/null || fail "krb5-gssapi not found by pkg-config (Debian package libkrb5-dev)"

# ---- ripgrep tarball for @vscode/ripgrep's postinstall (it would download from GitHub) -----
# download.js: cache dir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${version}`); os.tmpdir() honours $TMPDIR.
# The asset is untarred into @vscode/ripgrep/bin with `tar xvf`, so `rg` must be at the tarball root.
rg_cache="$(node -p "require('path').join(require('os').tmpdir(), 'vscode-ripgrep-cache-$RIPGREP_PKG_VERSION')")"
if ! tar tzf "$rg_cache/$RIPGREP_ASSET" 2>/dev/null | grep -qx 'rg'; then
  log "preparing $rg_cache/$RIPGREP_ASSET from $(command -v rg)"
  mkdir -p "$rg_cache"
  tmp="$(mktemp -d)"
  cp "$(command -v rg)" "$tmp/rg"
  tar czf "$rg_cache/$RIPGREP_ASSET" -C "$tmp" rg
  rm -rf "$tmp"
fi

# ---- code-server ------------------------------------------------------------------------
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_fund=false npm_config_audit=false \
       npm_config_update_notifier=false
cs_bin="$CS_DIR/node_modules/code-server/out/node/entry.js"
cs_ok() {
  [ -f "$cs_bin" ] && [ -f "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] \
    && [ "$(node -p "require('$CS_DIR/node_modules/code-server/package.json').version" 2>/dev/null)" = "$CODE_SERVER_VERSION" ] \
    && [ -f "$CS_DIR/.installed-$CODE_SERVER_VERSION" ]
}
if cs_ok; then
  log "code-server $CODE_SERVER_VERSION already installed in $CS_DIR"
else
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (several minutes)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  echo '{"name":"e2e-code-server","private":true}' > "$CS_DIR/package.json"
  if ! (cd "$CS_DIR" && npm install --no-save --no-package-lock "code-server@$CODE_SERVER_VERSION" > "$E2E_DIR/code-server-install.log" 2>&1); then
    tail -40 "$E2E_DIR/code-server-install.log" >&2
    fail "npm install code-server@$CODE_SERVER_VERSION failed (full log: $E2E_DIR/code-server-install.log)"
  fi
  touch "$CS_DIR/.installed-$CODE_SERVER_VERSION"
  cs_ok || fail "code-server installed but incomplete (missing entry.js or @vscode/ripgrep/bin/rg); see $E2E_DIR/code-server-install.log"
fi

# ---- playwright-core (drives Debian's Chromium; never downloads a browser) ------------------
pw_ok() { [ "$(node -p "require('$PW_DIR/node_modules/playwright-core/package.json').version" 2>/dev/null)" = "$PLAYWRIGHT_CORE_VERSION" ]; }
if pw_ok; then
  log "playwright-core $PLAYWRIGHT_CORE_VERSION already installed in $PW_DIR"
else
  log "installing playwright-core@$PLAYWRIGHT_CORE_VERSION into $PW_DIR"
  mkdir -p "$PW_DIR"
  echo '{"name":"e2e-playwright","private":true}' > "$PW_DIR/package.json"
  (cd "$PW_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-save --no-package-lock "playwright-core@$PLAYWRIGHT_CORE_VERSION" >/dev/null 2>&1) \
    || fail "npm install playwright-core@$PLAYWRIGHT_CORE_VERSION failed"
  pw_ok || fail "playwright-core not found in $PW_DIR after install"
fi

# ---- smoke checks ---------------------------------------------------------------------------
"$CS_DIR/node_modules/.bin/code-server" --version >/dev/null 2>&1 || fail "code-server does not start: $CS_DIR/node_modules/.bin/code-server --version"
/usr/bin/chromium --version >/dev/null 2>&1 || fail "/usr/bin/chromium --version fails"

log "ready in $(( $(date +%s) - start ))s: code-server $("$CS_DIR/node_modules/.bin/code-server" --version 2>/dev/null | head -1), $(/usr/bin/chromium --version 2>/dev/null), playwright-core $PLAYWRIGHT_CORE_VERSION"
