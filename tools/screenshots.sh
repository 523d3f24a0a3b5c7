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
# the sample signals are invented people too: the one kind of file a demo database takes
$bin import tests/data/meldingen-voorbeeld.csv --invented --today "$today" >/dev/null
mkdir -p "$work/gedeeld" && cp tests/data/contactlijst-voorbeeld.csv "$work/gedeeld/contactlijst.csv"
$bin contacts sync "$work/gedeeld" >/dev/null
# An SDV inventory and a proposal on one of the sample signals, through the command line.
$bin budget 402 --household alleenstaande_ouder --children 2 --rent 806,20 \
  --income "Uitkering Participatiewet=1.612,00" --income "Kindgebonden budget=310,00" \
  --cost "Zorgverzekering=148,50" --cost "Energie (voorschot)=145,00" >/dev/null
$bin debt add 402 --creditor "Pré Wonen" --kind huurachterstand --amount 2.418,60 >/dev/null
$bin debt add 402 --creditor "Energieleverancier Noord" --kind energie --amount 845,12 >/dev/null
$bin debt add 402 --creditor "Zorgverzekeraar West" --kind zorgverzekering --amount 612,40 >/dev/null
$bin proposal arrangement 402 --resume-rent-from 2026-12-01 --first 2026-12-01 --today "$today" >/dev/null
# the letterhead, as an office fills it in under Instellingen > Kantoor and Briefhoofd
$bin letterhead --address "Postbus 511" --address "2003 PB Haarlem" --address "Telefoon 023-511 11 11" \
  --place Haarlem --signer "Marieke de Boer" --signer-function "teamleider Sociaal Wijkteam" >/dev/null
mkdir -p "$out"
for view in inbox week desk contacts reports case:401 case:402:sdv settings:letterhead; do
  name=${view//:/-}
  $bin gui --screenshot "$out/$name.png" --view "$view" --today "$today"
  echo "$out/$name.png"
done
# Issue 16.1: as on an office laptop (1366 x 768: a 1366 x 700 window) and on a 1920 x 1080
# screen at 150 % (1280 x 660 logical pixels, drawn at 1920 x 990), every case tab included.
mkdir -p "$out/laptop"
for view in inbox week desk contacts closed reports case:401:timeline case:401:notes case:401:consents \
            case:402:sdv case:401:documents; do
  name=${view//:/-}
  $bin gui --screenshot "$out/laptop/$name-1366x768.png" --view "$view" --today "$today" --size 1366x700
  QT_SCALE_FACTOR=1.5 $bin gui --screenshot "$out/laptop/$name-1920x1080-150.png" --view "$view" \
    --today "$today" --size 1280x660
  echo "$out/laptop/$name-1366x768.png $out/laptop/$name-1920x1080-150.png"
done
.venv/bin/python tools/dialog_screenshots.py "$out/laptop"
QT_SCALE_FACTOR=1.5 .venv/bin/python tools/dialog_screenshots.py "$out/laptop" -150
