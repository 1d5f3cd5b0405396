"""The DuckDB warehouse: connection helper, numbered migrations, views."""
