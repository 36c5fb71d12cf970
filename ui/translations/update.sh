#!/bin/sh
# Re-extract the interface strings of ui/ into the .ts files (existing translations are kept,
# new strings come in unfinished) and compile every .ts into the .qm the program loads.
# Translate the unfinished ones (Qt Linguist: pyside6-linguist, or by hand), then run it again.
# tests/test_ui_i18n.py fails while a string is unfinished or a .qm is older than its .ts.
set -eu
cd "$(dirname "$0")/../.."
BIN=.venv/bin
[ -x "$BIN/pyside6-lupdate" ] || BIN="$(dirname "$(command -v pyside6-lupdate)")"
DIR=ui/translations
if [ "${1:-}" != "--compile-only" ]; then
  for lang in zh_CN vi th lo km my ms id; do
    "$BIN/pyside6-lupdate" ui/*.py ui/*/*.py -locations none -no-obsolete -source-language en \
      -target-language "$lang" -ts "$DIR/silkbridge_$lang.ts"
  done
  # English is the source language: only the plural forms ("1 study", "2 studies") need a file.
  "$BIN/pyside6-lupdate" ui/*.py ui/*/*.py -locations none -no-obsolete -pluralonly -source-language en \
    -target-language en -ts "$DIR/silkbridge_en.ts"
fi
for ts in "$DIR"/*.ts; do
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
