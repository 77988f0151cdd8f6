"""Unpack a tenant's zip / tar / tar.gz upload into a fresh directory, treating it as hostile.

Policy, in one place:

- Only regular files and directories are written. Symbolic and hard links are never
  created: they are skipped and listed in the report, whatever they point at, so no later
  write can follow one. An entry whose parent is such a link is refused, because a real
  extractor would have written it through the link. Device files, FIFOs and sockets are
  refused.
- A name is refused when it is absolute (``/x``, ``C:x``, ``//host/share``), holds ``..``,
  a backslash, a NUL or another control character, is not UTF-8, or is too deep or too long.
  The same path may appear once, except for directories.
- Sizes are counted from the bytes actually decompressed, before they are written, never
  from headers: a per-file cap, a total cap and a compression-ratio cap (per zip member and
  for the whole archive) stop the unpacking the moment one is crossed. Zip members are
  inflated here rather than by ``zipfile`` so that a member holding more than its header
  declares is caught as such. A tar.gz is decompressed through a counter as well, so tar
  metadata and skipped members cannot hide a bomb either.
- Files get mode 0600 and directories 0700 whatever the archive says, owned by the current
  user; given a reader group (``TreeAccess``: the sandbox uid's own group), 0640 and 0750
  with that group. Tenant code is never readable by other local users.
  ``tarfile.data_filter`` is not used: the checks above are a superset of it, and its two
  ``realpath`` calls per member would cost more than the rest of the work.
- On any refusal, corruption or I/O error, everything written is removed before the error
  propagates: the caller sees either a complete tree or an exception, never half a tree.

Its parts: extract (unpack_archive), zip_archive and tar_archive (reading each format),
tree (TreeWriter, TreeAccess, UnpackReport), names (normalise_entry_name), limits (UnpackLimits, the
byte Budget) and refusals (Refusal, HostileArchive and the other errors).
"""
