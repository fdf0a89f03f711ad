# Build and install policyalign as one self-contained binary (lexicons compiled in, the Swift
# runtime linked statically), with its man page and shell completions:
#
#   make                                  # build into .build/release
#   make install PREFIX=/usr/local        # or PREFIX=$HOME/.local; DESTDIR for packaging
#   make uninstall PREFIX=/usr/local
#
# The binary still needs the system's ICU, libxml2, libzip and poppler-cpp (Debian: libicu72, libxml2, libzip4, libpoppler-cpp0v5).

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

BINDIR := $(DESTDIR)$(PREFIX)/bin
MAN1DIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

# Its own build folder, so that the manual generator's build (dynamically linked) never
# replaces the static binary.
BIN := .build/static/release/policyalign
DIST := .build/dist

.PHONY: all build man completions install uninstall clean

all: build man completions

build:
	$(SWIFT) build -c release --static-swift-stdlib --product policyalign --scratch-path .build/static

# swift-argument-parser's manual generator, run on a debug build's help (the same text).
man:
	$(SWIFT) package plugin generate-manual --configuration debug --multi-page >/dev/null
	mkdir -p $(DIST)/man
	cp .build/plugins/GenerateManual/outputs/policyalign/*.1 $(DIST)/man/

completions: build
	mkdir -p $(DIST)/completions
	$(BIN) --generate-completion-script bash > $(DIST)/completions/policyalign.bash
	$(BIN) --generate-completion-script zsh > $(DIST)/completions/_policyalign
	$(BIN) --generate-completion-script fish > $(DIST)/completions/policyalign.fish

install: all
	install -d $(BINDIR) $(MAN1DIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 -s $(BIN) $(BINDIR)/policyalign
	install -m 644 $(DIST)/man/*.1 $(MAN1DIR)/
	install -m 644 $(DIST)/completions/policyalign.bash $(BASHDIR)/policyalign
	install -m 644 $(DIST)/completions/_policyalign $(ZSHDIR)/_policyalign
	install -m 644 $(DIST)/completions/policyalign.fish $(FISHDIR)/policyalign.fish

uninstall:
	rm -f $(BINDIR)/policyalign $(MAN1DIR)/policyalign*.1 $(BASHDIR)/policyalign \
	      $(ZSHDIR)/_policyalign $(FISHDIR)/policyalign.fish

clean:
	rm -rf $(DIST)
