# Two commands do all set-up on a fresh Debian 12 machine:
#   make run    installs what is missing, builds, scores the sample reports
#   make test   the same set-up, then the whole doctest suite through CTest
# Everything is installed with apt-get as root, and skipped when already present.

BUILD      ?= build
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
FZSCORE    := $(BUILD)/fzscore
CMAKE_ARGS ?=

# Debian packages the build and the tests need (see docs/decisions.md for why each).
DEB_PACKAGES := build-essential cmake pkg-config libboost-dev libre2-dev libyaml-cpp-dev \
                libfmt-dev doctest-dev libopencc-dev libopencc-data libzip-dev libpugixml-dev \
                libhyperscan-dev \
                libpoppler-cpp-dev python3
# Extra tools for the fuzz, sanitizer and browser tests.
DEB_TEST_PACKAGES := clang libclang-rt-14-dev ripgrep time

.PHONY: run test deps deps-test build accuracy bench fuzz test-sanitize clean

run: deps build
	@for f in reports/*.txt; do $(FZSCORE) score "$$f" --format text || exit $$?; done

test: deps deps-test build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

deps:
	@bash .ci/install-deps $(DEB_PACKAGES)

deps-test:
	@bash .ci/install-deps $(DEB_TEST_PACKAGES)

build:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_ARGS)
	cmake --build $(BUILD) -j $(JOBS)

accuracy: deps build
	python3 tests/accuracy/accuracy.py --fzscore $(FZSCORE) --reports ../shared/reports --gold ../shared/spec/gold

bench: deps deps-test build
	bash bench/run.sh $(FZSCORE)

test-sanitize: deps deps-test
	$(MAKE) test BUILD=build-sanitize CMAKE_ARGS="-DFZ_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug"

clean:
	rm -rf $(BUILD) build-sanitize build-fuzz
