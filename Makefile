# Rolebook: the two commands of the README's quick start.
#   make site   builds the rolebook command and writes the sample site to output/
#   make test   runs every test
# Both install what they need (Debian packages) when it is missing.

SWIFT ?= swift
APT_PACKAGES := libcmark-dev pkg-config
# The tests read real PDFs printed by a real browser (the headless shell prints, the browser
# checks that it prints the same), with a fixed font so page counts are stable,
# and parse calendars with Python's icalendar.
TEST_APT_PACKAGES := $(APT_PACKAGES) chromium chromium-headless-shell poppler-utils fonts-dejavu-core python3-venv

.PHONY: site test deps test-deps venv apt check clean format

deps:
	@$(MAKE) --no-print-directory apt PACKAGES="$(APT_PACKAGES)"

test-deps:
	@$(MAKE) --no-print-directory apt PACKAGES="$(TEST_APT_PACKAGES)"
	@[ -x .venv/bin/python ] && .venv/bin/python -c 'import icalendar' 2>/dev/null || $(MAKE) --no-print-directory venv

# icalendar from PyPI into a virtual environment; where PyPI cannot be reached (a root without this
# machine's certificates), Debian's python3-icalendar, which the venv sees through system packages.
venv:
	rm -rf .venv && python3 -m venv --system-site-packages .venv
	.venv/bin/pip install -q icalendar || \
	  { echo "PyPI not reachable: using Debian's python3-icalendar"; $(MAKE) --no-print-directory apt PACKAGES=python3-icalendar; }
	.venv/bin/python -c 'import icalendar'

apt:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

site: deps
	$(SWIFT) build -c release --product rolebook
	.build/release/rolebook build --root . --output output

check: deps
	$(SWIFT) build -c release --product rolebook
	.build/release/rolebook check --root .

# The view models' generated lookups must match the view models (a stale one prints a parent's
# field), and the code must be formatted as .swift-format says (swift-format ships with the
# toolchain), so both are checked first; swift test builds every target, the binary the CLI tests
# run included.
test: test-deps
	python3 Scripts/generate-mustache-lookups.py --check
	python3 Scripts/generate-embedded.py --check
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Fuzz Package.swift
	$(SWIFT) test

# Rewrites the code as .swift-format says.
format:
	$(SWIFT) format --in-place --recursive --parallel Sources Tests Fuzz Package.swift

clean:
	rm -rf .build output .venv bundles fragments
