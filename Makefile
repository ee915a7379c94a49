# Two commands do all set-up on a fresh Debian 12 machine:
#   make run    installs what is missing, builds, scores the sample reports
#   make test   the same set-up, then the whole doctest suite through CTest (fuzz seeds replayed)
# and two install it:
#   make install PREFIX=/opt/fzscore   bin/fzscore and share/fzscore/checklists under PREFIX
#   make package                       build/fzscore_VERSION_ARCH.deb (apt install ./fzscore_….deb)
# Everything is installed with apt-get as root, and skipped when already present.

BUILD      ?= build
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
FZSCORE    := $(BUILD)/fzscore
CMAKE_ARGS ?=
PREFIX     ?= /usr/local

# Debian packages the build and the tests need (see docs/decisions.md for why each).
# HYPERSCAN_DEB: libhyperscan-dev (Intel's, amd64), or HYPERSCAN_DEB=libvectorscan-dev (its
# portable fork, for ARM; the two packages conflict), or HYPERSCAN_DEB= to build without (the
# CMake default FZ_HYPERSCAN=AUTO then uses RE2 alone).
HYPERSCAN_DEB ?= libhyperscan-dev
DEB_PACKAGES := build-essential cmake pkg-config libboost-dev libre2-dev libyaml-cpp-dev \
                libfmt-dev doctest-dev libopencc-dev libopencc-data libzip-dev libpugixml-dev \
                $(HYPERSCAN_DEB) nettle-dev libcli11-dev dpkg-dev \
                libpoppler-cpp-dev python3
# Extra tools for the fuzz, sanitizer and browser tests.
DEB_TEST_PACKAGES := clang libclang-rt-14-dev ripgrep time chromium fonts-wqy-zenhei python3-docx

.PHONY: run test test-deep deps deps-test build install package accuracy bench fuzz fuzz-smoke test-sanitize clean

# libFuzzer run length per target: fuzz-smoke is the short run (make test-deep), fuzz the long one.
FUZZ_SMOKE_SECONDS ?= 30
FUZZ_SECONDS       ?= 600

run: deps build
	@for f in reports/*.txt; do $(FZSCORE) score "$$f" --format text || exit $$?; done

test: deps deps-test build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# What CI leaves out to stay within 15 minutes (docs/reliability.md): libFuzzer runs of every
# target, then the suite under ASan+UBSan, both in one clang build (build-sanitize).
test-deep: fuzz-smoke test-sanitize

deps:
	@bash .ci/install-deps $(DEB_PACKAGES)

deps-test:
	@bash .ci/install-deps $(DEB_TEST_PACKAGES)

build:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_ARGS)
	cmake --build $(BUILD) -j $(JOBS)

# The binary and the checklists under PREFIX (bin/, share/fzscore/checklists); DESTDIR is honoured.
install: deps build
	cmake --install $(BUILD) --prefix $(PREFIX)

# A Debian package (CPack): Depends from dpkg-shlibdeps plus libopencc-data.
package: deps build
	cd $(BUILD) && cpack -G DEB

# Both labelled sets (the 7 samples and the 81 dev openings), each beside the keyword baseline;
# SPLIT=odd|even scores only the dev files of that parity (tune on one half, check on the other).
accuracy: deps build
	python3 tests/accuracy/accuracy.py --fzscore $(FZSCORE) $(if $(SPLIT),--split $(SPLIT))

bench: deps deps-test build
	bash bench/run.sh $(FZSCORE)

# The suite under ASan+UBSan (any report fails the test that triggered it), in the same clang
# build as the fuzzers (build-sanitize: every library is compiled once for both). Tests labelled
# `slow` (browser, npm tools, install; they drive the same code as the fast tests) run only in
# `make test`. Not part of .ci/run (it would take CI past 15 minutes on 2 cores: docs/reliability.md);
# run it before merging a change to engine/ or dsl/.
test-sanitize: deps deps-test
	CXX=clang++ CC=clang $(MAKE) --no-print-directory build BUILD=build-sanitize \
	  CMAKE_ARGS="-DFZ_SANITIZE=ON -DFZ_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo"
	cd build-sanitize && ctest --output-on-failure -j $(JOBS) -LE slow

# clang + libFuzzer (with ASan+UBSan) in build-sanitize; each target runs from its seed corpus. A
# crash, leak, timeout (>10 s per input) or sanitizer report fails the target.
fuzz-smoke: deps deps-test
	bash tests/fuzz/run.sh $(FUZZ_SMOKE_SECONDS)

fuzz: deps deps-test
	bash tests/fuzz/run.sh $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) build-sanitize
