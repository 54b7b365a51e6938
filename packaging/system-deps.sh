#!/usr/bin/env bash
# Checks (and, as root on Debian/Ubuntu, installs) the system libraries Qt and the tests need.
set -euo pipefail

# Debian package -> a file that proves it is installed (checked with dpkg where available).
PACKAGES=(
  python3-venv
  libglib2.0-0 libegl1 libgl1 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxrender1
  libxi6 fonts-dejavu-core poppler-utils 7zip xvfb xauth
)

have_dpkg() { command -v dpkg-query >/dev/null 2>&1; }

missing=()
if have_dpkg; then
  for p in "${PACKAGES[@]}"; do
    # python3-venv is only needed when the interpreter cannot make a venv with pip.
    if [[ $p == python3-venv ]]; then
      "${PYTHON:-python3}" -c 'import ensurepip, venv' >/dev/null 2>&1 && continue
    fi
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$p")
  done
else
  # Not Debian: check only the font, which every platform needs for readable text.
  if command -v fc-list >/dev/null 2>&1 && [[ -z $(fc-list 2>/dev/null | head -n1) ]]; then
    echo "procesplaat: no fonts installed (fontconfig finds none); install DejaVu or Noto Sans" >&2
    exit 1
  fi
  exit 0
fi

[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "procesplaat: installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "procesplaat: missing system packages: ${missing[*]}" >&2
echo "install them with: sudo apt-get install ${missing[*]}" >&2
exit 1
