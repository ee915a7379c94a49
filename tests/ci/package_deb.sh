#!/usr/bin/env bash
# `make package` makes a .deb a 司法局 server can `apt install ./fzscore_….deb`:
#   package_deb.sh BUILD_DIR SOURCE_DIR WORK_DIR
# Runs CPack (DEB) on the build, then checks the package: its Depends (written by dpkg-shlibdeps
# from the libraries the binary links, plus OpenCC's data) name every runtime library, apt can
# resolve them on this system (`apt-get install -s`, nothing is installed), it holds the binary
# and the checklists, and the binary unpacked from it (anywhere: dpkg-deb -x) scores a report
# from another directory with its own checklists. Exit 77 (CTest: skipped) without cpack or dpkg.
set -euo pipefail
build=$(realpath "$1") src=$(realpath "$2") work=$3
command -v cpack >/dev/null && command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null \
  || { echo "SKIPPED: needs cpack, dpkg-deb and dpkg-shlibdeps (Debian: cmake, dpkg-dev)"; exit 77; }
rm -rf "$work"
mkdir -p "$work"
work=$(realpath "$work")
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >cpack.log 2>&1) \
  || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/fzscore_*.deb)
echo "package: $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
fail=0
for lib in libre2 libopencc1 libopencc-data libzip libpugixml libyaml-cpp libfmt libnettle libstdc++6; do
  case "$depends" in *"$lib"*) ;; *) echo "Depends lacks $lib"; fail=1 ;; esac
done
if ldd "$build/fzscore" | grep -q 'libhs\.so'; then  # built with Hyperscan or Vectorscan
  case "$depends" in *libhyperscan5*|*libvectorscan5*) ;; *) echo "Depends lacks libhyperscan5/libvectorscan5"; fail=1 ;; esac
fi
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/fzscore ./usr/share/fzscore/checklists/gangyao-2021.fz \
         ./usr/share/fzscore/checklists/gangyao-2015.fz ./usr/share/fzscore/checklists/gate.yaml; do
  grep -q " $f\$" <<<"$contents" || { echo "package lacks $f"; fail=1; }
done
if command -v apt-get >/dev/null; then
  apt-get install -s "$deb" >"$work/apt.log" 2>&1 || { echo "apt cannot resolve the package:"; cat "$work/apt.log"; fail=1; }
fi
dpkg-deb -x "$deb" "$work/root"
mkdir -p "$work/elsewhere"
cp "$src/reports/guanxian-2023.txt" "$work/elsewhere/report.txt"
(cd "$work/elsewhere" && env -u FZSCORE_CHECKLISTS "$work/root/usr/bin/fzscore" gate report.txt) \
  || { echo "the unpacked binary did not pass report.txt"; fail=1; }
exit $fail
