//! Downstream-style tests of kaiko-errors: see `tests/` and `ui/`.
