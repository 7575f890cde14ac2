"""How large a bundle may be, in one place: the writer keeps to these and the reader enforces them.

A bundle comes from outside, maybe from someone who holds a recipient key and wants to hurt
the receiver: a file of gigabytes, a zip that unpacks to much more than it weighs, thousands
of entries, an age header that asks for gigabytes of scrypt memory. Each limit sits far above
what a real case needs (a plan, its records, a few dozen documents) and far below what hurts a
municipal laptop. docs/bundle-format.md lists them for other readers.
"""

from __future__ import annotations

MIB = 1024 * 1024

MAX_BUNDLE_BYTES = 32 * MIB  # the encrypted .tafelbundel file as received
MAX_UNPACKED_BYTES = 64 * MIB  # all zip entries together, unpacked (zip bombs)
MAX_PARTS = 256  # entries under parts/ (the zip may hold these plus the two manifest files)
MAX_MANIFEST_BYTES = 256 * 1024  # manifest.json
MAX_SIGNATURE_BYTES = 16 * 1024  # manifest.json.minisig (minisign's own limit is ~9 KiB)
MAX_RECIPIENTS = 64  # X25519 recipients of one bundle
MAX_AGE_HEADER_BYTES = 64 * 1024  # the age header (about 100 bytes per recipient)
# age's scrypt needs 2**log_n KiB of memory: 19 (what age picks on this kind of machine, about
# a second) is 512 MiB, 21 is 2 GiB. age itself accepts up to its own target + 4, which could
# ask 8 GiB or more; a bundle is refused before scrypt runs if it asks more than this.
MAX_SCRYPT_LOG_N = 21
