#!/usr/bin/env bash
# Checks `make dist`'s tarball on a clean Debian 12 (bookworm) with only Graphviz's runtime
# libraries: a minbase chroot made by debootstrap, `apt-get install --no-install-recommends libgvc6`
# (the line README gives), the tarball unpacked inside, then `agencygraph --version` and `brief` on
# the bundled Belgian network with an empty environment. Needs root and debootstrap
# (`apt-get install debootstrap`). Not in CI: the chroot alone takes minutes to make.
#   scripts/check_dist.sh dist/agencygraph-VERSION-linux-x86_64.tar.gz [CHROOT_DIR]
# CHROOT_DIR (default .build/dist-chroot) is made when missing and reused otherwise.
set -euo pipefail
tarball=$(readlink -f "$1")
root=${2:-.build/dist-chroot}
name=$(basename "$tarball" .tar.gz)

if [ ! -x "$root/bin/sh" ]; then
  mkdir -p "$root"
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
# Only Graphviz's runtime libraries (and what they depend on), as README's Install section says.
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
  sh -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends libgvc6 > /dev/null'

# A real system has /proc: the Swift runtime reads the command line from /proc/self/cmdline (without
# it the binary sees no arguments and prints its help).
mountpoint -q "$root/proc" || { mount -t proc proc "$root/proc"; trap 'umount "$root/proc"' EXIT; }

rm -rf "$root/tmp/$name" "$root/tmp/distcheck"
tar -C "$root/tmp" -xzf "$tarball"
echo "== inside the chroot ($(cat "$root/etc/debian_version")), empty environment"
chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp sh -c "
  set -e
  cd /tmp/$name
  if command -v swift; then echo 'swift is on PATH in the chroot' >&2; exit 1; fi
  echo 'no swift on PATH'
  echo \"libswift* under /usr/lib/x86_64-linux-gnu: \$(ls /usr/lib/x86_64-linux-gnu | grep -c '^libswift' || true)\"
  ./agencygraph --version | grep -x '$(tar -xzOf "$tarball" "$name/VERSION") (Graphviz .*)'
  ./agencygraph brief graphs/belgium-counter-terrorism.yaml -o /tmp/distcheck --hub ocam --quiet
  ls /tmp/distcheck
  test -s /tmp/distcheck/briefing.html
"
echo "check_dist: $name runs --version and brief in a clean Debian $(cat "$root/etc/debian_version") chroot"
