#!/usr/bin/env bash
# Install the Silkbridge hub as a systemd service (run as root). Safe to run again: it creates
# only what is missing, never touches the hub's data or an edited hub.toml, and rewrites the
# unit only when it changed.
#
#   bash installer/install-hub.sh [--exec PROGRAM] [--root DIR] [--no-start] [--webrtc]
#
#   --exec PROGRAM  how to run Silkbridge: the bundle's program (default /opt/silkbridge/silkbridge,
#                   see installer/build-bundle.sh) or "/path/to/.venv/bin/python -m workstation"
#   --root DIR      install into DIR instead of / (a staging root: users go to DIR/etc/passwd,
#                   nothing is started); used by the tests and for building images
#   --no-start      install and enable, but do not start (or restart) the service
#   --webrtc        consult video calls: Janus and coturn (apt packages janus, coturn) run as the
#                   hub's children; installs the unit's drop-in silkbridge-hub.service.d/webrtc.conf
#                   (netlink, port 443 for TURN over TLS) and masks the packages' own janus.service
#                   and coturn.service (same ports). Set [webrtc] enabled = true in hub.toml too.
#
# Creates: the system user and group silkbridge-hub (no login, home /var/lib/silkbridge-hub);
# /var/lib/silkbridge-hub (0700: store, blobs, keys, hub.toml from installer/hub.toml.sample);
# /var/log/silkbridge-hub (0750, hub.log; data/hub.log links there); the unit
# /etc/systemd/system/silkbridge-hub.service; /etc/logrotate.d/silkbridge-hub.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
EXEC=/opt/silkbridge/silkbridge
ROOT=
START=1
WEBRTC=0
while (($#)); do
  case "$1" in
    --exec) EXEC=$2; shift 2 ;;
    --root) ROOT=$(realpath -m "$2"); shift 2 ;;
    --no-start) START=0; shift ;;
    --webrtc) WEBRTC=1; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "install-hub: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ "$(id -u)" != 0 ]; then
  echo "install-hub: run as root (it creates a system user, directories and a systemd unit)" >&2
  exit 1
fi
NAME=silkbridge-hub
DATA=/var/lib/$NAME
LOGS=/var/log/$NAME
UNIT=/etc/systemd/system/$NAME.service
say() { echo "install-hub: $*"; }

program=${EXEC%% *}
if [ ! -x "$program" ]; then
  echo "install-hub: $program is not an executable program; build the bundle (installer/build-bundle.sh)" \
    "and copy it to /opt/silkbridge, or pass --exec \"/path/.venv/bin/python -m workstation\"" >&2
  exit 1
fi

# --- user and group -------------------------------------------------------------------------
if [ -n "$ROOT" ]; then
  for f in passwd group shadow gshadow; do
    [ -e "$ROOT/etc/$f" ] || { echo "install-hub: $ROOT/etc/$f is missing (a staging root needs its etc/ files)" >&2; exit 1; }
  done
  prefix=(--prefix "$ROOT")
else
  prefix=()
fi
lookup() { # lookup passwd|group NAME -> numeric id, or nothing
  awk -F: -v n="$2" '$1 == n { print $3 }' "$ROOT/etc/$1"
}
if [ -z "$(lookup group "$NAME")" ]; then
  groupadd "${prefix[@]}" --system "$NAME"
  say "created group $NAME"
fi
if [ -z "$(lookup passwd "$NAME")" ]; then
  useradd "${prefix[@]}" --system --gid "$NAME" --home-dir "$DATA" --no-create-home \
    --shell /usr/sbin/nologin --comment "Silkbridge hub" "$NAME"
  say "created user $NAME"
fi
uid=$(lookup passwd "$NAME")
gid=$(lookup group "$NAME")

# --- directories and configuration ----------------------------------------------------------
install -d -m 0700 -o "$uid" -g "$gid" "$ROOT$DATA"
install -d -m 0750 -o "$uid" -g "$gid" "$ROOT$LOGS"
chown "$uid:$gid" "$ROOT$DATA" "$ROOT$LOGS"  # install -d leaves an existing directory's owner
chmod 0700 "$ROOT$DATA"
chmod 0750 "$ROOT$LOGS"
if [ ! -e "$ROOT$DATA/hub.toml" ]; then
  install -m 0600 -o "$uid" -g "$gid" "$HERE/hub.toml.sample" "$ROOT$DATA/hub.toml"
  say "wrote $DATA/hub.toml from the sample: review bind addresses and ports"
fi
# the hub writes DATA/hub.log: keep it with the other logs
if [ ! -L "$ROOT$DATA/hub.log" ]; then
  if [ -f "$ROOT$DATA/hub.log" ]; then  # a log from before: keep it in the log directory
    cat "$ROOT$DATA/hub.log" >>"$ROOT$LOGS/hub.log"
    rm -f "$ROOT$DATA/hub.log"
  fi
  ln -s "$LOGS/hub.log" "$ROOT$DATA/hub.log"
fi
touch "$ROOT$LOGS/hub.log"
chown "$uid:$gid" "$ROOT$LOGS/hub.log"
chmod 0640 "$ROOT$LOGS/hub.log"

# --- unit and log rotation --------------------------------------------------------------------
install -d -m 0755 "$ROOT/etc/systemd/system" "$ROOT/etc/logrotate.d"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
sed "s|^ExecStart=.*|ExecStart=$EXEC hub --data $DATA|" "$HERE/$NAME.service" >"$tmp"
changed=0
if ! cmp -s "$tmp" "$ROOT$UNIT"; then
  install -m 0644 "$tmp" "$ROOT$UNIT"
  changed=1
  say "installed $UNIT (ExecStart=$EXEC hub --data $DATA)"
fi
if ! cmp -s "$HERE/$NAME.logrotate" "$ROOT/etc/logrotate.d/$NAME"; then
  install -m 0644 "$HERE/$NAME.logrotate" "$ROOT/etc/logrotate.d/$NAME"
fi
if ((WEBRTC)); then
  for prog in janus turnserver; do
    command -v "$prog" >/dev/null || say "warning: $prog is not installed (apt-get install ${prog/turnserver/coturn})"
  done
  DROPIN=/etc/systemd/system/$NAME.service.d/webrtc.conf
  install -d -m 0755 "$ROOT/etc/systemd/system/$NAME.service.d"
  if ! cmp -s "$HERE/$NAME-webrtc.conf" "$ROOT$DROPIN"; then
    install -m 0644 "$HERE/$NAME-webrtc.conf" "$ROOT$DROPIN"
    changed=1
    say "installed $DROPIN (Janus and coturn run as the hub's children)"
  fi
  for other in janus coturn; do  # the packages' own services would take the same ports
    if [ "$(readlink "$ROOT/etc/systemd/system/$other.service" 2>/dev/null)" != /dev/null ]; then
      if [ -z "$ROOT" ] && [ -d /run/systemd/system ]; then
        systemctl disable --now --quiet "$other.service" 2>/dev/null || true
        systemctl mask --quiet "$other.service"
      else
        rm -f "$ROOT/etc/systemd/system/multi-user.target.wants/$other.service"
        ln -sfn /dev/null "$ROOT/etc/systemd/system/$other.service"
      fi
      say "masked $other.service (the hub runs $other itself)"
    fi
  done
fi

# --- enable and start -------------------------------------------------------------------------
if [ -n "$ROOT" ]; then
  install -d -m 0755 "$ROOT/etc/systemd/system/multi-user.target.wants"
  ln -sfn "$UNIT" "$ROOT/etc/systemd/system/multi-user.target.wants/$NAME.service"
  say "staged in $ROOT (nothing started)"
elif [ -d /run/systemd/system ]; then
  systemctl daemon-reload
  systemctl enable --quiet "$NAME.service"
  if ((START)); then
    if ((changed)) || ! systemctl is-active --quiet "$NAME.service"; then
      systemctl restart "$NAME.service"
    fi
    say "$NAME is $(systemctl is-active "$NAME.service"); logs: journalctl -u $NAME, $LOGS/hub.log"
  fi
else
  install -d -m 0755 /etc/systemd/system/multi-user.target.wants
  ln -sfn "$UNIT" "/etc/systemd/system/multi-user.target.wants/$NAME.service"
  say "systemd is not running here: the service is enabled and starts with the next boot"
fi
