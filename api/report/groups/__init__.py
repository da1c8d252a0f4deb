"""One module per report group: each builds its tables for one period."""
