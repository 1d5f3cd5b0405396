"""sitrep: turn piles of news articles into a queryable record of who met whom, where, when, what was said."""

__version__ = "0.1.0"
