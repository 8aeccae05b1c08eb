# Rolebook: the two commands of the README's quick start.
#   make site   builds the rolebook command and writes the sample site to output/
#   make test   runs every test
# Both install what they need (Debian packages) when it is missing.

SWIFT ?= swift
APT_PACKAGES := libcmark-dev pkg-config

.PHONY: site test deps check clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
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

# The CLI tests run the built binary, so it is built first.
test: deps
	$(SWIFT) build --product rolebook
	$(SWIFT) test

clean:
	rm -rf .build output
