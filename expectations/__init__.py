"""Great Expectations suites as code (one per stage output table) and the runner that applies them."""

from expectations.deferred import defer_unused

defer_unused()  # before anything here imports GX: two heavy modules it never needs for these suites
