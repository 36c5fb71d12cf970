#!/usr/bin/env bash
# Shipped inside the bundle: add Silkbridge to the application menu (this user, or everyone
# with --system as root). Safe to run again; the bundle stays where it is.
#   ./install-desktop-entry.sh [--system]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = "--system" ]; then
  APPS=/usr/share/applications ICONS=/usr/share/icons/hicolor
else
  DATA=${XDG_DATA_HOME:-$HOME/.local/share}
  APPS=$DATA/applications ICONS=$DATA/icons/hicolor
fi
mkdir -p "$APPS" "$ICONS/scalable/apps" "$ICONS/256x256/apps"
install -m 0644 "$HERE/silkbridge.svg" "$ICONS/scalable/apps/silkbridge.svg"
install -m 0644 "$HERE/silkbridge.png" "$ICONS/256x256/apps/silkbridge.png"
# The entry in the bundle says `silkbridge`; the installed one names this bundle's program.
sed -e "s|^Exec=silkbridge |Exec=\"$HERE/silkbridge\" |" -e "s|^TryExec=.*|TryExec=$HERE/silkbridge|" \
  "$HERE/silkbridge.desktop" >"$APPS/silkbridge.desktop.tmp"
chmod 0644 "$APPS/silkbridge.desktop.tmp"
mv "$APPS/silkbridge.desktop.tmp" "$APPS/silkbridge.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" || true
echo "Silkbridge added to the application menu ($APPS/silkbridge.desktop)"
