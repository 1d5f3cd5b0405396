"""Great Expectations suites as code (one per stage output table) and the runner that applies them."""
