#!/usr/bin/env bash
# Renders the README's pictures from a fresh demo database (invented people only).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export VANGNET_DB="$work/demo.db" VANGNET_PASSPHRASE="schermafdrukken-demo-2026" QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$work/config"   # default settings (Dutch), not the developer's own
today=2026-11-23
bin=.venv/bin/vangnet
$bin init --office "Sociaal Wijkteam Schalkwijk" >/dev/null
$bin demo --cases 400 --today "$today" >/dev/null
$bin import tests/data/meldingen-voorbeeld.csv --today "$today" >/dev/null
mkdir -p "$work/gedeeld" && cp tests/data/contactlijst-voorbeeld.csv "$work/gedeeld/contactlijst.csv"
$bin contacts sync "$work/gedeeld" >/dev/null
mkdir -p "$out"
for view in inbox week troubleshooter contacts case:401; do
  name=${view/:/-}
  $bin gui --screenshot "$out/$name.png" --view "$view" --today "$today"
  echo "$out/$name.png"
done
