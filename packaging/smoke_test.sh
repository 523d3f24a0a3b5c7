#!/usr/bin/env bash
# Smoke test of the frozen app: packaging/smoke_test.sh DIST_DIR   (make dist-smoke)
#
# Runs the built executables from a temporary folder outside the checkout, with a temporary
# HOME and XDG folders, so nothing touches the user's data, keyring or settings, and nothing
# of the source tree can be picked up. Steps: --version, about (frozen, Dutch catalogue,
# SQLCipher), init (passphrase), office and letterhead, contact list, import of the sample
# CSV, inbox --json, a feedback letter to PDF, a window screenshot, a wrong passphrase.
# Prints the cold-start timings and the bundle size. The PowerShell twin for Windows is
# packaging/windows/smoke_test.ps1.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 DIST_DIR   (the folder made by \`make dist\`, e.g. dist/vangnet)" >&2
  exit 64
fi
dist=$(cd "$1" && pwd)
repo=$(cd "$(dirname "$0")/.." && pwd)
cli="$dist/vangnet-cli"
gui="$dist/vangnet"
for exe in "$cli" "$gui"; do
  [ -x "$exe" ] || { echo "FAIL: $exe is missing; run \`make dist\` first" >&2; exit 1; }
done
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$repo/app/__init__.py")

work=$(mktemp -d "${TMPDIR:-/tmp}/vangnet-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/share" "$work/out"
cp "$repo/tests/data/meldingen-voorbeeld.csv" "$work/meldingen.csv"
cp "$repo/tests/data/contactlijst-voorbeeld.csv" "$work/share/contactlijst.csv"
cd "$work"

# a world of its own: no user folders, no session bus (so no real keyring), no Python paths
env_args=(
  -u VANGNET_DB -u VANGNET_DEBUG -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY
  -u PYTHONPATH -u PYTHONHOME -u PYTHONSTARTUP -u VIRTUAL_ENV
  HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
  XDG_STATE_HOME="$work/home/.local/state" XDG_CACHE_HOME="$work/home/.cache"
  XDG_RUNTIME_DIR="$work/home/.run" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
  VANGNET_PASSPHRASE="smoke test passphrase"
)
mkdir -p "$work/home/.run" && chmod 700 "$work/home/.run"
TODAY=2026-11-23  # the sample signals are dated around it

fail() {
  echo "FAIL: $*" >&2
  for log in "$work"/home/.local/state/Vangnet/log/*.log; do  # no personal data in it
    [ -f "$log" ] && { echo "--- $log" >&2; cat "$log" >&2; }
  done
  exit 1
}

# run NAME EXE ARGS...: runs the frozen program, keeps its output in $work/NAME.{out,err,rc}
run() {
  local name=$1
  shift
  local rc=0
  env "${env_args[@]}" "$@" >"$work/$name.out" 2>"$work/$name.err" || rc=$?
  echo "$rc" >"$work/$name.rc"
  return 0
}

passed=0
expect_ok() {
  local name=$1
  shift
  run "$name" "$@"
  local rc
  rc=$(cat "$work/$name.rc")
  if [ "$rc" != 0 ]; then
    cat "$work/$name.out" "$work/$name.err" >&2
    fail "$name exited $rc"
  fi
  if grep -q "Traceback" "$work/$name.err"; then
    cat "$work/$name.err" >&2
    fail "$name printed a traceback"
  fi
  echo "ok   $name"
  passed=$((passed + 1))
}

now_ms() { date +%s%3N; }

# --- start-up ---------------------------------------------------------------------------------
t0=$(now_ms)
expect_ok version "$cli" --version
t_version_first=$(($(now_ms) - t0))
[ "$(cat "$work/version.out")" = "vangnet $version" ] ||
  fail "--version printed '$(cat "$work/version.out")', not 'vangnet $version'"
times=()
for _ in 1 2 3 4 5; do
  t0=$(now_ms)
  run version-again "$cli" --version
  times+=($(($(now_ms) - t0)))
done
t_version_median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)

expect_ok about "$cli" about --json
about=$(cat "$work/about.out")
grep -q '"frozen": true' <<<"$about" || fail "about: not running as the frozen app: $about"
grep -q '"dutch_loaded": true' <<<"$about" || fail "about: the Dutch catalogue did not load"
grep -q '"dutch_language": "nl_NL"' <<<"$about" || fail "about: the catalogue is not Dutch"
grep -q '"qt_dutch_loaded": true' <<<"$about" || fail "about: Qt's own Dutch did not load"
grep -q '"sqlcipher": "4\.' <<<"$about" || fail "about: no SQLCipher 4 library"
grep -q '"utf8_mode": true' <<<"$about" || fail "about: Python's UTF-8 mode is off"
grep -q '"SecretService"' <<<"$about" || fail "about: keyring's Secret Service backend is missing"
grep -q "\"database\": \"$work/home/" <<<"$about" || fail "about: the data folder is not in HOME"
grep -q "\"dutch_catalogue\": \"$dist/" <<<"$about" ||
  fail "about: the catalogue is not the bundle's own"
echo "     $(grep -E '"(sqlcipher|qt|letter_font)"' <<<"$about" | tr -d ' \n')"

# --- a database, the office, the contact list -------------------------------------------------
expect_ok init "$cli" init --profile haarlem --key-mode passphrase
db="$work/home/.local/share/Vangnet/vangnet.db"
[ -f "$db" ] || fail "init made no database at $db: $(cat "$work/init.out")"
[ "$(head -c 15 "$db")" != "SQLite format 3" ] || fail "the database is not encrypted"
# a name beyond Windows-1252, through the command line, the output and the letter's font
office="Sociaal Wijkteam Şişli-Yılmaz"
expect_ok office "$cli" settings office "$office"
grep -qF "Office name set to $office." "$work/office.out" || fail "office: $(cat "$work/office.out")"
expect_ok letterhead "$cli" letterhead --address "Postbus 511" --address "2003 PB Haarlem" \
  --signer "Marieke de Boer" --signer-function teamleider
expect_ok contacts-folder "$cli" contacts folder "$work/share"
expect_ok contacts-sync "$cli" contacts sync
grep -q "applied as version 1" "$work/contacts-sync.out" || fail "contacts sync: $(cat "$work/contacts-sync.out")"

# --- import, inbox, a letter ------------------------------------------------------------------
expect_ok import "$cli" import meldingen.csv --today "$TODAY"
grep -q "imported 4 signal(s)" "$work/import.out" || fail "import: $(cat "$work/import.out")"
expect_ok inbox "$cli" inbox --json --today "$TODAY"
cases=$(grep -c '"case_id"' "$work/inbox.out" || true)
[ "$cases" = 4 ] || fail "inbox --json lists $cases cases, not 4"
case_id=$(grep -m1 -o '"case_id": [0-9]*' "$work/inbox.out" | grep -o '[0-9]*$')
expect_ok answer "$cli" event "$case_id" collection_answer --may-resume no --on "$TODAY" \
  --today "$TODAY"
expect_ok letter "$cli" letter "$case_id" --kind feedback -o out/terugkoppeling.pdf \
  --today "$TODAY"
pdf="$work/out/terugkoppeling.pdf"
[ "$(head -c 4 "$pdf")" = "%PDF" ] || fail "the letter is not a PDF"
font=$(sed -n 's/.*"letter_font": "\(.*\)\.ttf".*/\1/p' <<<"$about")
grep -aq "/FontName /[A-Z]*+$font" "$pdf" || fail "the letter does not embed $font"
if command -v pdftotext >/dev/null 2>&1; then
  text=$(pdftotext "$pdf" -)
  grep -q "Geachte" <<<"$text" || fail "the letter has no Dutch salutation"
  grep -q "Haarlem, 23 november 2026" <<<"$text" || fail "the letter's date is not in Dutch"
  grep -qF "$office" <<<"$text" || fail "the letter does not print the office as written"
  echo "     the letter reads 'Haarlem, 23 november 2026', 'Geachte ...' and '$office' (pdftotext)"
else
  echo "     (pdftotext not installed: the letter's text was not read back)"
fi

# --- the window -------------------------------------------------------------------------------
t0=$(now_ms)
expect_ok screenshot "$gui" gui --screenshot out/inbox.png --today "$TODAY"
t_screenshot=$(($(now_ms) - t0))
png="$work/out/inbox.png"
[ "$(head -c 4 "$png" | tail -c 3)" = "PNG" ] || fail "the screenshot is not a PNG"
png_bytes=$(wc -c <"$png")
[ "$png_bytes" -gt 20000 ] || fail "the screenshot is only $png_bytes bytes"
if [ -n "${SMOKE_KEEP:-}" ]; then  # to look at it: SMOKE_KEEP=/some/folder make dist-smoke
  mkdir -p "$SMOKE_KEEP" && cp "$png" "$pdf" "$SMOKE_KEEP/"
fi

# --- a wrong passphrase: exit 2, one English line, no traceback ---------------------------------
run wrong env VANGNET_PASSPHRASE="not the passphrase at all" "$cli" inbox
rc=$(cat "$work/wrong.rc")
[ "$rc" = 2 ] || fail "a wrong passphrase exited $rc, not 2: $(cat "$work/wrong.err")"
[ "$(wc -l <"$work/wrong.err")" = 1 ] || fail "a wrong passphrase printed more than one line:
$(cat "$work/wrong.err")"
grep -q "^The passphrase is wrong for " "$work/wrong.err" ||
  fail "unexpected message: $(cat "$work/wrong.err")"
[ ! -s "$work/wrong.out" ] || fail "a wrong passphrase printed to stdout"
echo "ok   wrong passphrase -> exit 2: $(cat "$work/wrong.err")"
passed=$((passed + 1))

# --- figures ------------------------------------------------------------------------------------
size=$(du -sh "$dist" | cut -f1)
files=$(find "$dist" -type f | wc -l)
echo
echo "frozen app:        $dist ($size, $files files)"
echo "--version:         first ${t_version_first} ms, median of 5 more ${t_version_median} ms"
echo "gui --screenshot:  ${t_screenshot} ms (start, unlock, inbox, render, exit)"
echo "screenshot:        $png_bytes bytes"
echo "SMOKE TEST PASSED"
echo "smoke: $passed passed, 0 failed"
